import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-https-only",
    description: "Storage accounts accept HTTPS (encrypted) traffic only.",
    area: "data-protection",
    severity: "high",
    frameworks: { mcsb: ["DP-3"], cis: ["9.3.4"], azurePolicy: ["404c3081-a854-4457-ae30-26a93ef643f9"] },
    remediation: "Set enableHttpsTrafficOnly to true, or leave it unset: it defaults to true since API 2019-04-01.",
    messages: {
        httpAllowed: "enableHttpsTrafficOnly is false, so the account accepts plain HTTP: set it to true.",
    },
    // The one property the check reads, set to the value that passes it.
    fix: { storageAccount: [{ path: "enableHttpsTrafficOnly", value: true }] },
    check: {
        storageAccount: (account, ctx) => {
            // Default: unset enableHttpsTrafficOnly is true since API 2019-04-01. Source: REST spec Microsoft.Storage
            // 2024-01-01, StorageAccountPropertiesCreateParameters.supportsHttpsTrafficOnly.
            if (account.enableHttpsTrafficOnly === false) {
                ctx.report("httpAllowed");
            }
        },
    },
});
