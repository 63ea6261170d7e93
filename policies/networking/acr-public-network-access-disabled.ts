import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "acr-public-network-access-disabled",
    description: "Container registries disable public network access or deny it by default with network rules.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2"], azurePolicy: ["d0793b48-0edc-4296-a390-4c75d1bdfd71"] },
    remediation: "Set publicNetworkAccess to Disabled and use private endpoints, or set networkRuleSet: " +
        "{ defaultAction: \"Deny\" } with ipRules for trusted networks (both need the Premium SKU). publicNetworkAccess defaults to Enabled.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessAllowed: "publicNetworkAccess is Enabled (the default) and networkRuleSet.defaultAction is not Deny, so any network can reach the registry: set publicNetworkAccess to Disabled or networkRuleSet.defaultAction to Deny.",
    },
    check: {
        containerRegistry: (registry, ctx) => {
            // Default: unset publicNetworkAccess is Enabled (REST spec Microsoft.ContainerRegistry 2023-01-01-preview;
            // azure-native 3.28 fills it in) and without networkRuleSet every network is let in. Source:
            // https://learn.microsoft.com/azure/container-registry/container-registry-access-selected-networks
            if (sameText(registry.publicNetworkAccess, "Disabled") || sameText(registry.networkRuleSet?.defaultAction, "Deny")) {
                return;
            }
            ctx.report("publicAccessAllowed");
        },
    },
});
