import { isSettings, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "vnet-ddos-protection",
    description: "Virtual networks are protected by Azure DDoS Network Protection (enableDdosProtection on, with a DDoS protection plan linked), and no public IP opts out of it.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-5"], cis: ["8.5"] },
    remediation: "Create a network.DdosProtectionPlan (one plan can cover many virtual networks across subscriptions of a " +
        "tenant) and set enableDdosProtection: true and ddosProtectionPlan: { id: plan.id } on the virtual network. " +
        "enableDdosProtection defaults to false, which leaves only the platform's infrastructure protection. On public " +
        "IPs, leave ddosSettings.protectionMode unset (VirtualNetworkInherited) or set it to Enabled (DDoS IP Protection).",
    messages: {
        protectionOff: "enableDdosProtection is not true (unset means false): public IPs in this virtual network have only Azure's infrastructure-level DDoS protection, without adaptive tuning, attack telemetry or mitigation alerts; set enableDdosProtection to true and link a DDoS protection plan through ddosProtectionPlan.id.",
        ipProtectionDisabled: "ddosSettings.protectionMode is Disabled: this public IP opts out of the DDoS Network Protection of its virtual network; leave protectionMode unset (VirtualNetworkInherited) or set it to Enabled.",
        planMissing: "enableDdosProtection is true but ddosProtectionPlan.id is not set: DDoS Network Protection needs a plan; link one through ddosProtectionPlan.id.",
    },
    check: {
        virtualNetwork: (vnet, ctx) => {
            // Default: enableDdosProtection is false (azure-native 3.28 fills it in; REST spec Microsoft.Network
            // 2024-05-01, VirtualNetworkPropertiesFormat.enableDdosProtection default false). Source:
            // https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview (Network Protection is
            // enabled per virtual network through a plan).
            if (vnet.enableDdosProtection !== true) {
                ctx.report("protectionOff");
                return;
            }
            // The plan's id is usually another resource's output: its presence alone decides, tested with `in`.
            const plan = vnet.ddosProtectionPlan;
            if (!isSettings(plan) || !("id" in plan)) {
                ctx.report("planMissing");
            }
        },
        publicIPAddress: (ip, ctx) => {
            // Default: protectionMode VirtualNetworkInherited, the protection of the virtual network the IP's
            // resource is in. Source: REST spec Microsoft.Network 2024-05-01, DdosSettings.protectionMode;
            // https://learn.microsoft.com/azure/ddos-protection/ddos-protection-sku-comparison
            if (sameText(ip.ddosSettings?.protectionMode, "Disabled")) {
                ctx.report("ipProtectionDisabled");
            }
        },
    },
});
