import { Workspace } from "@pulumi/azure-native/databricks";
import policy from "../../../policies/networking/databricks-vnet-injection";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "premium" } };
const vnetId = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet";

testResourcePolicy(policy, {
    valid: [
        {
            name: "injected into a customer virtual network",
            resource: resource(Workspace, {
                ...base,
                parameters: {
                    customVirtualNetworkId: { value: vnetId },
                    customPublicSubnetName: { value: "host" },
                    customPrivateSubnetName: { value: "container" },
                },
            }),
        },
    ],
    invalid: [
        { name: "unset: Databricks-managed virtual network", resource: resource(Workspace, base), messages: ["notInjected"] },
        {
            name: "virtual network without subnets",
            resource: resource(Workspace, { ...base, parameters: { customVirtualNetworkId: { value: vnetId } } }),
            messages: ["notInjected"],
        },
    ],
    undecided: [
        {
            name: "virtual network from another resource",
            resource: resource(Workspace, {
                ...base,
                parameters: {
                    customVirtualNetworkId: { value: unknown() },
                    customPublicSubnetName: { value: "host" },
                    customPrivateSubnetName: { value: "container" },
                },
            }),
        },
    ],
});
