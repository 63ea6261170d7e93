import { catalog, option, stackPolicy } from "../../lib/kit";

/** Subnets Azure reserves for gateways and firewalls, where an NSG is not supported. */
const reserved = ["GatewaySubnet", "AzureFirewallSubnet", "AzureFirewallManagementSubnet", "RouteServerSubnet"];

export default stackPolicy({
    name: "subnet-nsg-required",
    description: "Every subnet has a network security group, inline in its virtual network or as a Subnet resource.",
    area: "networking",
    severity: "high",
    frameworks: {
        mcsb: ["NS-1"], cis: ["7.11", "2.1.2"],
        azurePolicy: [
            { id: "e71308d3-144b-4262-b144-efdc3cc90517", partial: "checks the subnets a program declares; the " +
                "definition is Defender for Cloud's assessment of the deployed subnets, whose exemptions may differ" },
        ],
    },
    remediation: "Set networkSecurityGroup: { id: nsg.id } on the subnet (in VirtualNetwork.subnets or on the " +
        "network.Subnet resource). Gateway and firewall subnets are exempt; list others in exemptSubnets.",
    messages: {
        inlineSubnetWithoutNsg: "subnets[{{index}}] has no networkSecurityGroup: associate an NSG with it.",
        subnetWithoutNsg: "The subnet has no networkSecurityGroup: associate an NSG with it.",
    },
    config: {
        exemptSubnets: option.stringList({
            default: [],
            description: "Subnet names that need no NSG, besides GatewaySubnet and the Azure Firewall and Route Server subnets.",
        }),
    },
    resources: [catalog.virtualNetwork, catalog.subnet],
    check: (ctx) => {
        const exempt = new Set([...reserved, ...ctx.config.exemptSubnets].map((n) => n.toLowerCase()));
        const isExempt = (name: unknown) => typeof name === "string" && exempt.has(name.toLowerCase());
        for (const vnet of ctx.ofType(catalog.virtualNetwork)) {
            ctx.each(vnet.props.subnets, (subnet, index) => {
                if (!isExempt(subnet.name) && !subnet.networkSecurityGroup) {
                    ctx.report(vnet, "inlineSubnetWithoutNsg", { index });
                }
            });
        }
        ctx.each(ctx.ofType(catalog.subnet), (subnet) => {
            // subnetName is an input; outputs (what a stack policy sees after an update) carry name instead.
            if (!isExempt(subnet.props.subnetName ?? subnet.props.name) && !subnet.props.networkSecurityGroup) {
                ctx.report(subnet, "subnetWithoutNsg");
            }
        });
    },
});
