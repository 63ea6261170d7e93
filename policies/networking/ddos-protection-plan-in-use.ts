import { anyOf, catalog, pointsAt, requireInStack, stackPolicy } from "../../lib/kit";

export default stackPolicy({
    name: "ddos-protection-plan-in-use",
    description: "Every DDoS protection plan protects at least one virtual network: one that links it and sets enableDdosProtection.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-5"] },
    remediation: "On the virtual networks the plan is meant to protect, set enableDdosProtection: true and " +
        "ddosProtectionPlan: { id: plan.id }; or delete a plan that protects nothing.",
    messages: {
        planProtectsNothing: "No virtual network in this stack links this DDoS protection plan with enableDdosProtection set to true, so the plan protects no public IP and the networks it was meant for have only Azure's infrastructure-level protection: set ddosProtectionPlan.id to the plan and enableDdosProtection to true on those virtual networks.",
    },
    config: {
        requireInStack: requireInStack("a virtual network protected by each DDoS protection plan"),
    },
    resources: [catalog.ddosProtectionPlan],
    check: (ctx) => {
        // A plan protects only the public IPs of virtual networks that link it with enableDdosProtection on (default
        // false: REST spec Microsoft.Network 2024-05-01, VirtualNetworkPropertiesFormat.enableDdosProtection); a
        // plan on its own protects nothing. Source: https://learn.microsoft.com/azure/ddos-protection/manage-ddos-protection
        const plans = ctx.ofType(catalog.ddosProtectionPlan);
        const networks = ctx.ofType(catalog.virtualNetwork);
        ctx.each(plans, (plan) => {
            const protects = anyOf(networks, (vnet) => vnet.props.enableDdosProtection === true
                && pointsAt(vnet, "ddosProtectionPlan", plan, catalog.ddosProtectionPlan,
                    { peers: plans, read: (props) => props.ddosProtectionPlan?.id }));
            if (!protects) {
                ctx.missing(plan, "planProtectsNothing");
            }
        });
    },
});
