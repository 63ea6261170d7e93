import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-trusted-services-bypass",
    description: "Storage account firewalls let trusted Microsoft services through (networkRuleSet.bypass includes AzureServices).",
    area: "networking",
    // Low: leaving trusted services out does not open the account; it keeps services such as Azure Backup, Defender
    // and diagnostics from reaching it through the firewall.
    severity: "low",
    frameworks: { mcsb: ["NS-2"], cis: ["9.3.5"] },
    remediation: "Leave networkRuleSet.bypass unset (AzureServices), or include AzureServices in it, e.g. " +
        "\"Logging, Metrics, AzureServices\".",
    noFix: "it widens the firewall's exceptions for Azure services, which is a choice about trust",
    messages: {
        trustedServicesBlocked: "networkRuleSet.bypass does not include AzureServices, so trusted Microsoft services (backup, monitoring, Defender) cannot reach the account through its firewall: include AzureServices in bypass.",
    },
    check: {
        storageAccount: (account, ctx) => {
            // Default: unset bypass is AzureServices. Source: REST spec Microsoft.Storage 2024-01-01, NetworkRuleSet.bypass
            // (default AzureServices; azure-native 3.28's networkRuleSetArgsProvideDefaults fills it in) and
            // https://learn.microsoft.com/azure/storage/common/storage-network-security-trusted-azure-services.
            const bypass = account.networkRuleSet?.bypass;
            if (typeof bypass !== "string") {
                return;
            }
            // A comma-separated combination of Logging, Metrics and AzureServices, or None.
            const parts = bypass.split(",").map((p) => p.trim().toLowerCase());
            if (!parts.includes("azureservices")) {
                ctx.report("trustedServicesBlocked");
            }
        },
    },
});
