import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "data-collection-endpoint-public-network-access-disabled",
    description: "Azure Monitor data collection endpoints refuse public network traffic and are reached through an " +
        "Azure Monitor Private Link Scope.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set networkAcls: { publicNetworkAccess: \"Disabled\" } and add the endpoint to an Azure Monitor " +
        "Private Link Scope with a private endpoint (or SecuredByPerimeter under a network security perimeter). " +
        "publicNetworkAccess defaults to Enabled.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessEnabled: "networkAcls.publicNetworkAccess is not Disabled (unset means Enabled), so the endpoint's configuration and ingestion URLs accept traffic from any network: set it to Disabled and connect agents through an Azure Monitor Private Link Scope.",
    },
    check: {
        dataCollectionEndpoint: (endpoint, ctx) => {
            // Default: unset publicNetworkAccess is Enabled. Source: REST spec Microsoft.Insights 2023-03-11,
            // NetworkRuleSet.publicNetworkAccess; https://learn.microsoft.com/azure/azure-monitor/essentials/data-collection-endpoint-overview
            // SecuredByPerimeter hands public access to a network security perimeter, which denies by default.
            const access = endpoint.networkAcls?.publicNetworkAccess;
            if (!sameText(access, "Disabled") && !sameText(access, "SecuredByPerimeter")) {
                ctx.report("publicAccessEnabled");
            }
        },
    },
});
