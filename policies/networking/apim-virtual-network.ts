import { resourcePolicy, sameText } from "../../lib/kit";

/** The SKUs that can be injected into a virtual network, as Azure Policy's built-in evaluates by default. */
const vnetSkus = ["Developer", "Premium"];

export default resourcePolicy({
    name: "apim-virtual-network",
    description: "API Management services of the Developer and Premium tiers are deployed into a virtual network (External or Internal mode).",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"], azurePolicy: ["ef619a2c-cc4d-4d03-b2ba-8c94a834d85b"] },
    remediation: "Set virtualNetworkType to \"Internal\" (or \"External\") and virtualNetworkConfiguration.subnetResourceId " +
        "to a subnet of your virtual network.",
    messages: {
        noVirtualNetwork: "virtualNetworkType is unset or None on a Developer or Premium service, so the gateway and management endpoints are not in your virtual network: set it to Internal or External with virtualNetworkConfiguration.subnetResourceId.",
    },
    check: {
        apiManagementService: (service, ctx) => {
            if (!vnetSkus.some((sku) => sameText(service.sku?.name, sku))) {
                return;
            }
            // Default: unset virtualNetworkType is "None" (no virtual network). Source: REST spec
            // Microsoft.ApiManagement 2024-05-01, ApiManagementServiceBaseProperties.virtualNetworkType.
            const type = service.virtualNetworkType;
            if (type === undefined || type === null || sameText(type, "None")) {
                ctx.report("noVirtualNetwork");
            }
        },
    },
});
