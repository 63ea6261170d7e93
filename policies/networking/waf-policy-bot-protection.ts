import { isSettings, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "waf-policy-bot-protection",
    description: "Application Gateway WAF policies include the bot protection managed rule set (Microsoft_BotManagerRuleSet).",
    area: "networking",
    severity: "low",
    frameworks: { mcsb: ["NS-6"], cis: ["7.15"] },
    remediation: "Add { ruleSetType: \"Microsoft_BotManagerRuleSet\", ruleSetVersion: \"1.1\" } (or a later version) to " +
        "managedRules.managedRuleSets of the network.WebApplicationFirewallPolicy.",
    noFix: "a WAF that blocks, or inspects more, can refuse legitimate requests until its rules are tuned; run it in detection first",
    messages: {
        noBotRules: "managedRules.managedRuleSets has no Microsoft_BotManagerRuleSet entry, so traffic from known malicious bots is not identified or blocked; add the bot protection rule set.",
    },
    check: {
        webApplicationFirewallPolicy: (policy, ctx) => {
            // Default: a WAF policy runs only the rule sets listed in managedRules.managedRuleSets (a required input);
            // bot protection is a rule set of its own. Source:
            // https://learn.microsoft.com/azure/web-application-firewall/ag/bot-protection-overview
            // Every entry must be read: an unknown entry could be the bot rule set, so it makes the verdict undecided.
            const sets = policy.managedRules?.managedRuleSets;
            const list: readonly unknown[] = Array.isArray(sets) ? sets : [];
            if (!list.some((set) => isSettings(set) && sameText(set.ruleSetType, "Microsoft_BotManagerRuleSet"))) {
                ctx.report("noBotRules");
            }
        },
    },
});
