import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "expressroute-gateway-virtual-wan-traffic-only",
    description: "A Virtual WAN hub's ExpressRoute gateway accepts traffic only from Virtual WAN networks " +
        "(allowNonVirtualWanTraffic off, the default).",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-1"] },
    remediation: "Leave allowNonVirtualWanTraffic unset or set it to false. Connect the networks that need to reach the " +
        "hub to the Virtual WAN (a hub virtual network connection), where the hub's routing and its secured hub " +
        "firewall apply, instead of letting traffic from stand-alone ExpressRoute gateways of the same circuits in.",
    messages: {
        nonVirtualWanTrafficAllowed: "allowNonVirtualWanTraffic is true, so virtual networks outside the Virtual WAN that reach the same ExpressRoute circuits through their own gateways can reach the hub and the networks connected to it over the circuit, from networks whose routing and firewalls the Virtual WAN does not govern: set allowNonVirtualWanTraffic to false.",
    },
    check: {
        expressRouteGateway: (gateway, ctx) => {
            // Default: false, traffic from non-Virtual WAN networks is not accepted (REST spec Microsoft.Network
            // 2024-05-01, ExpressRouteGatewayProperties.allowNonVirtualWanTraffic: "Configures this gateway to accept
            // traffic from non Virtual WAN networks"; the portal's "Allow traffic from non Virtual WAN networks" is off
            // unless chosen). Source: https://learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-portal
            if (gateway.allowNonVirtualWanTraffic === true) {
                ctx.report("nonVirtualWanTrafficAllowed");
            }
        },
    },
});
