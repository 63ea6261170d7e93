import { ApiManagementService } from "@pulumi/azure-native/apimanagement";
import policy from "../../../policies/networking/apim-virtual-network";
import { resource, testResourcePolicy, unknown } from "../../tester";

const subnetResourceId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apim";
const apim = (sku: string, virtualNetworkType?: string) => resource(ApiManagementService, {
    resourceGroupName: "rg", publisherEmail: "api@contoso.com", publisherName: "Contoso",
    sku: { name: sku, capacity: sku === "Consumption" ? 0 : 1 }, virtualNetworkType,
    virtualNetworkConfiguration: virtualNetworkType && virtualNetworkType !== "None" ? { subnetResourceId } : undefined,
});

testResourcePolicy(policy, {
    valid: [
        { name: "Premium, internal", resource: apim("Premium", "Internal") },
        { name: "Developer, external, any case", resource: apim("developer", "external") },
        { name: "Standard cannot be injected: not evaluated", resource: apim("Standard") },
        { name: "Consumption: not evaluated", resource: apim("Consumption") },
    ],
    invalid: [
        { name: "Premium, unset: defaults to None", resource: apim("Premium"), messages: ["noVirtualNetwork"] },
        { name: "Developer, None", resource: apim("Developer", "None"), messages: ["noVirtualNetwork"] },
    ],
    undecided: [
        { name: "network type from config not yet known", resource: apim("Premium", unknown()) },
        { name: "SKU from config not yet known", resource: apim(unknown()) },
    ],
});
