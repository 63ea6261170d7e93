import { NatGateway, Subnet, VirtualNetwork } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/nat-gateway-subnets-private";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const natId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/natGateways/nat-egress";

const nat: StackTestResource = { name: "nat", ...resource(NatGateway, { ...rg, natGatewayName: "nat-egress", sku: { name: "Standard" } }) };
const subnet = (name: string, more: { natGateway?: { id: unknown }; defaultOutboundAccess?: unknown }): StackTestResource => ({
    name, ...resource(Subnet, {
        ...rg, virtualNetworkName: "vnet-app", subnetName: name, addressPrefix: "10.0.1.0/24",
        natGateway: more.natGateway as { id: string } | undefined, defaultOutboundAccess: more.defaultOutboundAccess as boolean | undefined,
    }),
});
const vnet = (name: string, subnets: { natGateway?: { id: unknown }; defaultOutboundAccess?: unknown }[]): StackTestResource => ({
    name, ...resource(VirtualNetwork, {
        ...rg, virtualNetworkName: name, addressSpace: { addressPrefixes: ["10.0.0.0/16"] },
        subnets: subnets.map((s, i) => ({ name: `s${i}`, addressPrefix: `10.0.${i}.0/24`,
            natGateway: s.natGateway as { id: string } | undefined, defaultOutboundAccess: s.defaultOutboundAccess as boolean | undefined })),
    }),
});

testStackPolicy(policy, {
    valid: [
        {
            name: "private subnets behind the NAT gateway (resource and inline), and a subnet without one",
            resources: [nat, { ...subnet("app", { natGateway: { id: unknown() }, defaultOutboundAccess: false }), dependsOn: { natGateway: ["nat"] } },
                vnet("vnet", [{ natGateway: { id: natId }, defaultOutboundAccess: false }, {}])],
        },
        {
            name: "a subnet without a NAT gateway may keep default outbound access (other policies judge its egress)",
            resources: [subnet("app", { defaultOutboundAccess: true })],
        },
    ],
    invalid: [
        {
            name: "a subnet behind a NAT gateway with defaultOutboundAccess unset",
            resources: [nat, subnet("app", { natGateway: { id: natId } })],
            violations: [{ resource: "app", message: "subnetDefaultOutbound" }],
        },
        {
            name: "the second inline subnet uses a NAT gateway of another stack with defaultOutboundAccess true",
            resources: [vnet("vnet", [{}, { natGateway: { id: natId }, defaultOutboundAccess: true }])],
            violations: [{ resource: "vnet", message: { id: "inlineSubnetDefaultOutbound", data: { index: 1 } } }],
        },
    ],
    undecided: [
        {
            name: "defaultOutboundAccess comes from config resolved at deployment",
            resources: [nat, subnet("app", { natGateway: { id: natId }, defaultOutboundAccess: unknown() })],
        },
    ],
});
