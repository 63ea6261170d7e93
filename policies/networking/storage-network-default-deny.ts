import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-network-default-deny",
    description: "Storage accounts deny network access by default, or disable public network access.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2"], cis: ["3.8"] },
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
