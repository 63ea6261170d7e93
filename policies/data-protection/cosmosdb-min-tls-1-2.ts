import { allowsLegacyTls, legacyTls, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "cosmosdb-min-tls-1-2",
    description: "Cosmos DB accounts require TLS 1.2 or newer from clients.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Set minimalTlsVersion to Tls12, or leave it unset: it defaults to TLS 1.2.",
    messages: {
        tlsBelow12: "minimalTlsVersion allows TLS below 1.2: set it to Tls12.",
    },
    check: {
        cosmosDbAccount: (account, ctx) => {
            if (allowsLegacyTls(account.minimalTlsVersion, legacyTls.cosmosDb)) {
                ctx.report("tlsBelow12");
            }
        },
    },
});
