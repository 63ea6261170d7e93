import { resourcePolicy, sameText } from "../../lib/kit";

/** What the policy leaves out of the definitions that want virtual network rules only (with and without Databricks). */
const vnetRulesOnly = "allows ipRules beside defaultAction Deny, and passes publicNetworkAccess Disabled or " +
    "SecuredByPerimeter alone; the definition wants defaultAction Deny with virtual network rules only";

export default resourcePolicy({
    name: "storage-network-default-deny",
    description: "Storage accounts deny network access by default, or disable public network access.",
    area: "networking",
    severity: "high",
    frameworks: {
        mcsb: ["NS-2"], cis: ["3.8"],
        azurePolicy: [
            { id: "34c877ad-507e-4c82-993e-3452a6e0ad3c", partial: "passes an account with publicNetworkAccess " +
                "Disabled or SecuredByPerimeter whatever its networkRuleSet.defaultAction, which the definition " +
                "requires to be Deny" },
            { id: "2a1a9cdf-e04d-429a-8416-3bfb72a1b26f", partial: vnetRulesOnly },
            { id: "db4f9b05-5ffd-4b34-b714-3c710dbb3fd6", partial: vnetRulesOnly },
        ],
    },
    remediation: "Set networkRuleSet: { defaultAction: \"Deny\" } and allow trusted networks through ipRules and " +
        "virtualNetworkRules, or set publicNetworkAccess to Disabled and use private endpoints.",
    messages: {
        networkDefaultAllow: "networkRuleSet.defaultAction is not Deny (unset means Allow), so any network can reach the account: set it to Deny with ipRules or virtualNetworkRules, or set publicNetworkAccess to Disabled.",
    },
    check: {
        storageAccount: (account, ctx) => {
            // SecuredByPerimeter hands public access to a network security perimeter's rules, which deny by default.
            if (sameText(account.publicNetworkAccess, "Disabled") || sameText(account.publicNetworkAccess, "SecuredByPerimeter")) {
                return;
            }
            // Default: an unset networkRuleSet, or one without defaultAction, allows every network. Source: REST spec
            // Microsoft.Storage 2024-01-01, NetworkRuleSet.defaultAction default Allow (azure-native 3.28 fills it in).
            if (!sameText(account.networkRuleSet?.defaultAction, "Deny")) {
                ctx.report("networkDefaultAllow");
            }
        },
    },
});
