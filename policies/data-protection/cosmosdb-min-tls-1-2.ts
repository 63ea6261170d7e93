import { allowsLegacyTls, legacyTls, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "cosmosdb-min-tls-1-2",
    description: "Cosmos DB accounts require TLS 1.2 or newer from clients.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Set minimalTlsVersion to Tls12, or leave it unset: it defaults to TLS 1.2, and Cosmos DB has refused " +
        "TLS 1.0 and 1.1 on every account since 31 August 2025. An explicit Tls or Tls11 is a stale setting that audits " +
        "(Azure Policy, CIS) still fail.",
    messages: {
        tlsBelow12: "minimalTlsVersion names a TLS version below 1.2, which audits flag even though Cosmos DB has refused TLS 1.0 and 1.1 since 31 August 2025: set it to Tls12.",
    },
    fix: { cosmosDbAccount: [{ path: "minimalTlsVersion", value: "Tls12" }] },
    check: {
        cosmosDbAccount: (account, ctx) => {
            // Default: unset minimalTlsVersion is Tls12 for new accounts, and TLS 1.0 and 1.1 were retired on every
            // account on 31 August 2025. Source:
            // https://learn.microsoft.com/azure/cosmos-db/self-serve-minimum-tls-enforcement
            if (allowsLegacyTls(account.minimalTlsVersion, legacyTls.cosmosDb)) {
                ctx.report("tlsBelow12");
            }
        },
    },
});
