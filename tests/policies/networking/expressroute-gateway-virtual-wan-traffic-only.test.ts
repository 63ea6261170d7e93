import { ExpressRouteGateway } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/expressroute-gateway-virtual-wan-traffic-only";
import { resource, testResourcePolicy, unknown } from "../../tester";

const gateway = (allowNonVirtualWanTraffic?: unknown) => resource(ExpressRouteGateway, {
    resourceGroupName: "rg", expressRouteGatewayName: "ergw",
    virtualHub: { id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/hub" },
    allowNonVirtualWanTraffic: allowNonVirtualWanTraffic as boolean,
});

testResourcePolicy(policy, {
    valid: [
        { name: "unset: defaults to false", resource: gateway() },
        { name: "explicitly false", resource: gateway(false) },
    ],
    invalid: [
        { name: "traffic from non-Virtual WAN networks allowed", resource: gateway(true), messages: ["nonVirtualWanTrafficAllowed"] },
    ],
    undecided: [
        { name: "the flag comes from config resolved at deployment", resource: gateway(unknown()) },
    ],
});
