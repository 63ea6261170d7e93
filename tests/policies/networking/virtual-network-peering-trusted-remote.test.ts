import { VirtualNetworkPeering } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/virtual-network-peering-trusted-remote";
import { resource, testResourcePolicy, unknown } from "../../tester";

const ours = "11111111-1111-1111-1111-111111111111";
const hub = `/subscriptions/${ours}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub`;
const partner = "/subscriptions/99999999-9999-9999-9999-999999999999/resourceGroups/x/providers/Microsoft.Network/virtualNetworks/vnet-partner";
const allowed = { allowedSubscriptionIds: [ours.toUpperCase()] };

const peering = (remote: unknown) => resource(VirtualNetworkPeering, {
    resourceGroupName: "rg", virtualNetworkName: "vnet-spoke", virtualNetworkPeeringName: "to-remote",
    remoteVirtualNetwork: { id: remote as string }, allowVirtualNetworkAccess: true, useRemoteGateways: true,
});

testResourcePolicy(policy, {
    valid: [
        { name: "no list configured (the default): any remote network", resource: peering(partner) },
        { name: "a remote network in an allowed subscription (case-insensitive)", resource: peering(hub), config: allowed },
    ],
    invalid: [
        { name: "a remote network in another subscription", resource: peering(partner), config: allowed, messages: ["remoteNotAllowed"] },
        { name: "a remote id that is not a resource id", resource: peering("vnet-partner"), config: allowed, messages: ["remoteNotAllowed"] },
    ],
    undecided: [
        { name: "the remote network's id comes from another resource", resource: peering(unknown()), config: allowed },
    ],
});
