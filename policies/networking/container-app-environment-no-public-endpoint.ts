import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "container-app-environment-no-public-endpoint",
    description: "Container Apps environments have no public endpoint: they are internal to a virtual network, or disable public network access and are reached through private endpoints.",
    area: "networking",
    // Medium: apps still choose their own ingress and may require authentication; this is the environment's exposure.
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Create the environment in your virtual network with vnetConfiguration: { infrastructureSubnetId, " +
        "internal: true } (an internal load balancer, no public IP), or, for a workload profiles environment, set " +
        "publicNetworkAccess to Disabled and add a private endpoint. Publish what must be public through Application " +
        "Gateway or Front Door with a WAF. Unset means an external environment with public network access Enabled; " +
        "internal can only be chosen at creation.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicEndpoint: "The environment is external (vnetConfiguration.internal is not true, unset means false) and publicNetworkAccess is not Disabled (unset means Enabled), so its apps' ingress can be reached from the internet: set vnetConfiguration.internal to true, or publicNetworkAccess to Disabled.",
    },
    check: {
        containerAppEnvironment: (environment, ctx) => {
            // Default: an environment is external (internal false) with public network access Enabled. Sources:
            // https://learn.microsoft.com/azure/container-apps/networking (accessibility level, public network access:
            // "By default, public network access is enabled") and REST spec Microsoft.App 2025-01-01,
            // VnetConfiguration.internal.
            if (environment.vnetConfiguration?.internal === true) {
                return;
            }
            if (!sameText(environment.publicNetworkAccess, "Disabled")) {
                ctx.report("publicEndpoint");
            }
        },
    },
});
