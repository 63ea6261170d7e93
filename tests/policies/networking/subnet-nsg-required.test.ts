import { NetworkSecurityGroup, Subnet, VirtualNetwork } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/subnet-nsg-required";
import { resource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const nsg = { name: "nsg", ...resource(NetworkSecurityGroup, rg) };
const space = { addressSpace: { addressPrefixes: ["10.0.0.0/16"] } };

testStackPolicy(policy, {
    valid: [
        {
            name: "inline subnet with an NSG id unknown at preview",
            resources: [nsg, {
                name: "vnet",
                ...resource(VirtualNetwork, { ...rg, ...space, subnets: [{ name: "app", addressPrefix: "10.0.1.0/24", networkSecurityGroup: { id: unknown() } }] }),
                dependsOn: { subnets: ["nsg"] },
            }],
        },
        {
            name: "standalone subnet with an NSG; GatewaySubnet exempt",
            resources: [nsg,
                { name: "app", ...resource(Subnet, { ...rg, virtualNetworkName: "vnet", subnetName: "app", networkSecurityGroup: { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg" } }) },
                { name: "gw", ...resource(Subnet, { ...rg, virtualNetworkName: "vnet", subnetName: "GatewaySubnet" }) }],
        },
        {
            name: "a subnet exempted by config",
            config: { exemptSubnets: ["appliances"] },
            resources: [{ name: "vnet", ...resource(VirtualNetwork, { ...rg, ...space, subnets: [{ name: "appliances" }] }) }],
        },
    ],
    invalid: [
        {
            name: "inline subnet without an NSG",
            resources: [{
                name: "vnet",
                ...resource(VirtualNetwork, { ...rg, ...space, subnets: [{ name: "ok", networkSecurityGroup: { id: unknown() } }, { name: "bare-subnet" }] }),
            }],
            violations: [{ resource: "vnet", message: { id: "inlineSubnetWithoutNsg", data: { index: 1 } } }],
        },
        {
            name: "standalone subnet without an NSG",
            resources: [{ name: "data", ...resource(Subnet, { ...rg, virtualNetworkName: "vnet", subnetName: "data-subnet" }) }],
            violations: [{ resource: "data", message: "subnetWithoutNsg" }],
        },
    ],
    undecided: [
        {
            name: "subnets computed from another resource",
            resources: [{ name: "vnet", ...resource(VirtualNetwork, { ...rg, ...space, subnets: unknown() }) }],
        },
    ],
});
