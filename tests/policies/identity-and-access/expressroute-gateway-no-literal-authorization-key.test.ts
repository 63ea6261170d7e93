import { ExpressRouteGateway } from "@pulumi/azure-native/network";
import policy from "../../../policies/identity-and-access/expressroute-gateway-no-literal-authorization-key";
import { resource, secret, testResourcePolicy, unknown } from "../../tester";

const peering = { id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er/peerings/AzurePrivatePeering" };
const gateway = (authorizationKey?: unknown) => resource(ExpressRouteGateway, {
    resourceGroupName: "rg", expressRouteGatewayName: "ergw",
    virtualHub: { id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/hub" },
    expressRouteConnections: [
        { name: "own-circuit", expressRouteCircuitPeering: peering },
        { name: "partner-circuit", expressRouteCircuitPeering: peering, authorizationKey: authorizationKey as string },
    ],
});

testResourcePolicy(policy, {
    valid: [
        { name: "the authorization key is a Pulumi secret", resource: gateway(secret("9f8e7d6c-aaaa-bbbb-cccc-0123456789ab")) },
        { name: "first preview: a secret key from another resource, unknown", resource: gateway(secret(unknown())) },
        { name: "no authorization key (a circuit of the same subscription)", resource: gateway() },
    ],
    invalid: [
        {
            name: "a literal authorization key on the second connection",
            resource: gateway("9f8e7d6c-aaaa-bbbb-cccc-0123456789ab"),
            messages: [{ id: "literalAuthorizationKey", data: { index: 1 } }],
        },
    ],
    undecided: [
        { name: "the key is unknown at preview and not a secret", resource: gateway(unknown()) },
    ],
});
