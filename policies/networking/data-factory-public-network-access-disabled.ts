import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "data-factory-public-network-access-disabled",
    description: "Data factories disable public network access, so self-hosted integration runtimes and authoring reach them through private endpoints.",
    area: "networking",
    // Medium: the endpoint still requires Entra ID; closing it removes exposure, and it does not cover Azure IR traffic.
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set publicNetworkAccess to Disabled and create private endpoints for the factory (dataFactory) and " +
        "for authoring (portal). Unset means Enabled. Data movement by the Azure integration runtime is secured " +
        "separately, with a managed virtual network and managed private endpoints.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is not Disabled (unset means Enabled), so the factory's endpoints are reachable from the internet: set publicNetworkAccess to Disabled and use private endpoints.",
    },
    check: {
        dataFactory: (factory, ctx) => {
            // Default: unset publicNetworkAccess is Enabled. Source: REST spec Microsoft.DataFactory 2018-06-01,
            // FactoryProperties.publicNetworkAccess, and
            // https://learn.microsoft.com/azure/data-factory/data-factory-private-link
            if (!sameText(factory.publicNetworkAccess, "Disabled")) {
                ctx.report("publicAccessEnabled");
            }
        },
    },
});
