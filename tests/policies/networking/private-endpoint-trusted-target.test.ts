import { PrivateEndpoint, PrivateEndpointArgs } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/private-endpoint-trusted-target";
import { resource, testResourcePolicy, unknown } from "../../tester";

const own = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-app";
const foreign = "/subscriptions/99999999-9999-9999-9999-999999999999/resourceGroups/x/providers/Microsoft.Storage/storageAccounts/stx";
const alias = "partnersvc.00000000-aaaa-bbbb-cccc-000000000000.westeurope.azure.privatelinkservice";
const allowed = { allowedSubscriptionIds: ["11111111-1111-1111-1111-111111111111"] };

const subnet = { id: "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe" };
const pe = (args: Partial<PrivateEndpointArgs>) => resource(PrivateEndpoint, { resourceGroupName: "rg", subnet, ...args });
const conn = (privateLinkServiceId: unknown, groupIds = ["vault"]) => ({ name: "c", privateLinkServiceId: privateLinkServiceId as string, groupIds });

testResourcePolicy(policy, {
    valid: [
        { name: "an automatic connection", resource: pe({ privateLinkServiceConnections: [conn(own)] }) },
        { name: "no list configured: an automatic connection into another subscription", resource: pe({ privateLinkServiceConnections: [conn(foreign, ["blob"])] }) },
        { name: "an automatic connection into an allowed subscription, in another case", resource: pe({ privateLinkServiceConnections: [conn(own.toUpperCase())] }), config: allowed },
        { name: "manual connections accepted by config", resource: pe({ manualPrivateLinkServiceConnections: [conn(alias, [])] }), config: { allowManualConnections: true } },
        { name: "no connections", resource: pe({}) },
    ],
    invalid: [
        { name: "a manual connection", resource: pe({ manualPrivateLinkServiceConnections: [conn(foreign, ["blob"])] }), messages: [{ id: "manualConnection", data: { path: "manualPrivateLinkServiceConnections[0]" } }] },
        { name: "an automatic connection into another subscription", resource: pe({ privateLinkServiceConnections: [conn(foreign, ["blob"])] }), config: allowed, messages: [{ id: "targetNotAllowed", data: { path: "privateLinkServiceConnections[0].privateLinkServiceId" } }] },
        {
            name: "a manual connection to an alias, list configured: both findings",
            resource: pe({ privateLinkServiceConnections: [conn(own)], manualPrivateLinkServiceConnections: [conn(alias, [])] }),
            config: allowed,
            messages: [{ id: "manualConnection", data: { path: "manualPrivateLinkServiceConnections[0]" } }, { id: "targetNotAllowed", data: { path: "manualPrivateLinkServiceConnections[0].privateLinkServiceId" } }],
        },
    ],
    undecided: [
        { name: "the target id comes from another resource", resource: pe({ privateLinkServiceConnections: [conn(unknown())] }), config: allowed },
        { name: "the manual connections are unknown as a whole", resource: pe({ manualPrivateLinkServiceConnections: unknown() }) },
    ],
});
