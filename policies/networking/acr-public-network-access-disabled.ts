import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "acr-public-network-access-disabled",
    description: "Container registries disable public network access or deny it by default with network rules.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set publicNetworkAccess to Disabled and use private endpoints, or set networkRuleSet: " +
        "{ defaultAction: \"Deny\" } with ipRules for trusted networks (both need the Premium SKU). publicNetworkAccess defaults to Enabled.",
    messages: {
        publicAccessAllowed: "publicNetworkAccess is Enabled (the default) and networkRuleSet.defaultAction is not Deny, so any network can reach the registry: set publicNetworkAccess to Disabled or networkRuleSet.defaultAction to Deny.",
    },
    check: {
        containerRegistry: (registry, ctx) => {
            // publicNetworkAccess defaults to Enabled and an unset networkRuleSet allows every network.
            if (sameText(registry.publicNetworkAccess, "Disabled") || sameText(registry.networkRuleSet?.defaultAction, "Deny")) {
                return;
            }
            ctx.report("publicAccessAllowed");
        },
    },
});
