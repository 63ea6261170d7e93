import { resourcePolicy, sameText } from "../../lib/kit";

/** The default routes: every IPv4 or IPv6 destination. */
const defaultPrefixes = ["0.0.0.0/0", "::/0"];

export default resourcePolicy({
    name: "route-no-internet-default-route",
    description: "User-defined routes do not send the default route (0.0.0.0/0 or ::/0) straight to the Internet, past the firewall or network virtual appliance that should inspect egress.",
    area: "networking",
    severity: "low",
    frameworks: { mcsb: ["NS-3"] },
    remediation: "Point the default route at the firewall or network virtual appliance (nextHopType VirtualAppliance " +
        "with nextHopIpAddress, or VirtualNetworkGateway for forced tunneling), or remove it. Where a service requires " +
        "direct Internet egress (an Application Gateway v2 subnet), route only the prefixes or service tags it needs to " +
        "Internet and accept this advisory finding for that route table.",
    messages: {
        routeToInternet: "The route sends a default route (0.0.0.0/0 or ::/0) to nextHopType Internet: traffic from the subnets using this route table leaves for the Internet directly, bypassing any firewall or forced tunnel; set nextHopType to VirtualAppliance (with nextHopIpAddress) or VirtualNetworkGateway.",
        inlineRouteToInternet: "routes[{{index}}] sends a default route (0.0.0.0/0 or ::/0) to nextHopType Internet: traffic from the subnets using this route table leaves for the Internet directly, bypassing any firewall or forced tunnel; set its nextHopType to VirtualAppliance (with nextHopIpAddress) or VirtualNetworkGateway.",
    },
    check: {
        // No default to rely on: nextHopType is required (REST spec Microsoft.Network 2024-05-01, RoutePropertiesFormat).
        // A user-defined route overrides the system default route and any default route learned over BGP (forced
        // tunneling). Source: https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview
        routeTable: (table, ctx) => {
            ctx.each(table.routes, (route, index) => {
                if (isDefaultRoute(route.addressPrefix) && sameText(route.nextHopType, "Internet")) {
                    ctx.report("inlineRouteToInternet", { index });
                }
            });
        },
        route: (route, ctx) => {
            if (isDefaultRoute(route.addressPrefix) && sameText(route.nextHopType, "Internet")) {
                ctx.report("routeToInternet");
            }
        },
    },
});

/** Does an address prefix name every destination? */
function isDefaultRoute(addressPrefix: unknown): boolean {
    return typeof addressPrefix === "string" && defaultPrefixes.includes(addressPrefix.trim());
}
