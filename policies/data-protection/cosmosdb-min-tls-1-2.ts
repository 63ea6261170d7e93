import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";
import { allowsLegacyTls, legacyTls } from "../../lib/kit/checks/tls";

export default resourcePolicy({
    name: "cosmosdb-min-tls-1-2",
    description: "Cosmos DB accounts require TLS 1.2 or newer from clients.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Set minimalTlsVersion to Tls12, or leave it unset: it defaults to TLS 1.2.",
    resources: [catalog.cosmosDbAccount],
    check: (account, ctx) => {
        if (allowsLegacyTls(account.minimalTlsVersion, legacyTls.cosmosDb)) {
            ctx.report("minimalTlsVersion allows TLS below 1.2: set it to Tls12.");
        }
    },
});
