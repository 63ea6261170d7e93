import { isSettings, option, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "firewall-policy-idps-deny",
    description: "Premium Azure Firewall policies run intrusion detection and prevention (IDPS) in Deny mode, blocking traffic that matches attack signatures.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-4"] },
    remediation: "On a Premium network.FirewallPolicy (sku.tier Premium) set intrusionDetection: { mode: \"Deny\" }, " +
        "tuning false positives with intrusionDetection.configuration (signatureOverrides, bypassTrafficSettings) " +
        "rather than by lowering the mode. IDPS is a Premium feature; Standard and Basic policies are not checked.",
    messages: {
        idpsNotDeny: "The policy is Premium but intrusionDetection.mode is not Deny (unset means IDPS does not block): traffic matching known attack signatures is at most logged; set intrusionDetection.mode to Deny.",
    },
    config: {
        acceptAlert: option.boolean({
            default: false,
            description: "Pass intrusionDetection.mode Alert (log only) as well as Deny. Off by default: Alert blocks " +
                "nothing. Turn it on while a new firewall's signatures are being tuned.",
        }),
    },
    check: {
        firewallPolicy: (policy, ctx) => {
            // Default: sku.tier is Standard, which has no IDPS. Source: REST spec Microsoft.Network 2024-05-01,
            // FirewallPolicySku.tier; IDPS is Premium only: https://learn.microsoft.com/azure/firewall/premium-features
            if (!sameText(policy.sku?.tier, "Premium")) {
                return;
            }
            // A child policy's effective IDPS mode is the stricter of its own and its base policy's (REST spec
            // FirewallPolicyIntrusionDetection.mode), so a child of a Deny parent denies; the parent is checked itself.
            if (isSettings(policy.basePolicy) && "id" in policy.basePolicy) {
                return;
            }
            // Unset intrusionDetection (or mode) does not block: Deny has to be chosen. Off and Alert do not block.
            // Source: https://learn.microsoft.com/azure/firewall/premium-features#idps (alert, or alert and deny).
            const mode = policy.intrusionDetection?.mode;
            if (sameText(mode, "Deny") || (ctx.config.acceptAlert && sameText(mode, "Alert"))) {
                return;
            }
            ctx.report("idpsNotDeny");
        },
    },
});
