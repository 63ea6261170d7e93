import { isSettings, option, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "firewall-threat-intel-deny",
    description: "Azure Firewall policies, and firewalls without a firewall policy, deny traffic to and from known malicious addresses and domains (threat intelligence mode Deny).",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-3", "NS-4"] },
    remediation: "Set threatIntelMode to Deny on the network.FirewallPolicy (or, on a firewall with classic rules and no " +
        "firewallPolicy, on the network.AzureFirewall). threatIntelMode defaults to Alert, which only logs. The Basic " +
        "tier supports Alert only and passes with it.",
    messages: {
        policyNotDeny: "threatIntelMode is not Deny (unset means Alert): traffic to and from known malicious IP addresses and domains is at most logged, not blocked; set threatIntelMode to Deny.",
        policyOff: "threatIntelMode is Off: threat intelligence-based filtering neither alerts on nor blocks traffic to and from known malicious IP addresses and domains; set it to Alert (Basic tier) or Deny.",
        firewallNotDeny: "The firewall has no firewallPolicy and its threatIntelMode is not Deny (unset means Alert): traffic to and from known malicious IP addresses and domains is at most logged; set threatIntelMode to Deny, or manage the firewall with a firewall policy.",
        firewallOff: "The firewall has no firewallPolicy and its threatIntelMode is Off: threat intelligence-based filtering is disabled; set threatIntelMode to Deny, or manage the firewall with a firewall policy.",
    },
    config: {
        acceptAlert: option.boolean({
            default: false,
            description: "Pass threatIntelMode Alert (log only) as well as Deny. Off by default: Alert blocks nothing. " +
                "Turn it on while tuning the allow list (threatIntelWhitelist) of a new firewall.",
        }),
    },
    check: {
        firewallPolicy: (policy, ctx) => {
            // Default: threatIntelMode is Alert. Source: https://learn.microsoft.com/azure/firewall/threat-intel
            // ("enabled in alert mode by default"). The Basic tier supports Alert mode only. Source:
            // https://learn.microsoft.com/azure/firewall/basic-features (threat intelligence, alert mode).
            const mode = policy.threatIntelMode;
            // A child policy without its own mode inherits its base policy's, which is checked itself; a mode of its
            // own may only be stricter. Source: https://learn.microsoft.com/azure/firewall-manager/rule-processing
            // (inherited rules: threat intelligence mode).
            if ((mode === undefined || mode === null) && isSettings(policy.basePolicy) && "id" in policy.basePolicy) {
                return;
            }
            if (sameText(mode, "Off")) {
                ctx.report("policyOff");
                return;
            }
            if (sameText(mode, "Deny") || ctx.config.acceptAlert || sameText(policy.sku?.tier, "Basic")) {
                return;
            }
            ctx.report("policyNotDeny");
        },
        azureFirewall: (firewall, ctx) => {
            // A firewall managed by a firewall policy takes its threat intelligence mode from that policy, checked
            // above. Its id is usually another resource's output: its presence alone decides, tested with `in`.
            const linked = firewall.firewallPolicy;
            if (isSettings(linked) && "id" in linked) {
                return;
            }
            // Default: threatIntelMode is Alert (same source as above).
            const mode = firewall.threatIntelMode;
            if (sameText(mode, "Off")) {
                ctx.report("firewallOff");
                return;
            }
            if (sameText(mode, "Deny") || ctx.config.acceptAlert || sameText(firewall.sku?.tier, "Basic")) {
                return;
            }
            ctx.report("firewallNotDeny");
        },
    },
});
