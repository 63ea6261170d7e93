import { Route, RouteTable } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/route-no-internet-default-route";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const rg = { resourceGroupName: "rg" };
const table = (...routes: object[]) => resource(RouteTable, { ...rg, routes: routes as any });
const route = (addressPrefix: unknown, nextHopType: unknown, more: object = {}) =>
    resource(Route, { ...rg, routeTableName: "rt", addressPrefix: addressPrefix as any, nextHopType: nextHopType as any, ...more });
const toFirewall = { name: "default", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance", nextHopIpAddress: "10.0.1.4" };

testResourcePolicy(policy, {
    valid: [
        { name: "default route to the firewall", resource: table(toFirewall) },
        { name: "a service tag to the Internet", resource: table(toFirewall, { name: "mgmt", addressPrefix: "ApiManagement", nextHopType: "Internet" }) },
        { name: "no routes", resource: resource(RouteTable, rg) },
        { name: "standalone default route to the VPN gateway", resource: route("0.0.0.0/0", "VirtualNetworkGateway") },
        { name: "standalone narrow route to the Internet", resource: route("203.0.113.0/24", "Internet") },
    ],
    invalid: [
        {
            name: "inline default route to the Internet",
            resource: table(toFirewall, { name: "egress", addressPrefix: "0.0.0.0/0", nextHopType: "internet" }),
            messages: [{ id: "inlineRouteToInternet", data: { index: 1 } }],
        },
        {
            name: "IPv6 default route, and an unknown route does not hide it",
            resource: table({ name: "x", addressPrefix: unknown(), nextHopType: "VirtualAppliance" }, { name: "v6", addressPrefix: "::/0", nextHopType: "Internet" }),
            messages: [{ id: "inlineRouteToInternet", data: { index: 1 } }],
        },
        {
            name: "a null route is skipped",
            resource: table(untyped(null), { addressPrefix: " 0.0.0.0/0", nextHopType: "Internet" }),
            messages: [{ id: "inlineRouteToInternet", data: { index: 1 } }],
        },
        { name: "standalone default route to the Internet", resource: route("0.0.0.0/0", "Internet"), messages: ["routeToInternet"] },
    ],
    undecided: [
        { name: "standalone route with an unknown prefix", resource: route(unknown(), "Internet") },
        { name: "routes from another resource", resource: resource(RouteTable, { ...rg, routes: unknown() }) },
    ],
});
