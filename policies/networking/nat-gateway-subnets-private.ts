import { catalog, isSettings, stackPolicy } from "../../lib/kit";

/** Does a subnet's `natGateway` input name a NAT gateway? The id is usually another resource's output: presence decides. */
function usesNatGateway(natGateway: unknown): boolean {
    return isSettings(natGateway) && "id" in natGateway;
}

export default stackPolicy({
    name: "nat-gateway-subnets-private",
    description: "Subnets that send their outbound traffic through a NAT gateway are private subnets " +
        "(defaultOutboundAccess: false), so that losing the gateway does not silently give their VMs Azure's default outbound IPs.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-1"] },
    remediation: "Set defaultOutboundAccess: false on every subnet that has natGateway set (a network.Subnet, or an " +
        "entry of a network.VirtualNetwork's subnets). Azure accepts the setting only when a subnet is created, so an " +
        "existing subnet must be replaced (a new subnet, its resources moved to it).",
    messages: {
        subnetDefaultOutbound: "natGateway is set but defaultOutboundAccess is not false (unset means default outbound access on, for the API version azure-native uses), so if the NAT gateway is detached the subnet's VMs fall back to Azure's shared default outbound IPs, which you do not own, cannot allow-list and that change without notice: set defaultOutboundAccess to false (at creation).",
        inlineSubnetDefaultOutbound: "subnets[{{index}}] sets natGateway but defaultOutboundAccess is not false (unset means default outbound access on, for the API version azure-native uses), so if the NAT gateway is detached the subnet's VMs fall back to Azure's shared default outbound IPs, which you do not own, cannot allow-list and that change without notice: set defaultOutboundAccess to false (at creation).",
    },
    resources: [catalog.natGateway, catalog.subnet, catalog.virtualNetwork],
    check: (ctx) => {
        // Default: a subnet without defaultOutboundAccess: false keeps default outbound access (REST spec
        // Microsoft.Network 2024-05-01, SubnetPropertiesFormat.defaultOutboundAccess, settable only at creation).
        // A NAT gateway takes precedence while attached; without explicit outbound, the VMs of a subnet that is not
        // private get an implicit public IP owned by Microsoft, and Microsoft recommends private subnets with an
        // explicit outbound method. Source: https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access
        ctx.each(ctx.ofType(catalog.subnet), (subnet) => {
            if (usesNatGateway(subnet.props.natGateway) && subnet.props.defaultOutboundAccess !== false) {
                ctx.report(subnet, "subnetDefaultOutbound");
            }
        });
        ctx.each(ctx.ofType(catalog.virtualNetwork), (vnet) => {
            ctx.each(vnet.props.subnets, (subnet, index) => {
                if (usesNatGateway(subnet.natGateway) && subnet.defaultOutboundAccess !== false) {
                    ctx.report(vnet, "inlineSubnetDefaultOutbound", { index });
                }
            });
        });
    },
});
