import { isSettings, listOf, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "front-door-waf-policy-bot-protection",
    description: "Azure Front Door WAF policies of a tier that supports managed rules include the bot protection rule set (Microsoft_BotManagerRuleSet).",
    area: "networking",
    severity: "low",
    frameworks: { mcsb: ["NS-6"] },
    remediation: "Add { ruleSetType: \"Microsoft_BotManagerRuleSet\", ruleSetVersion: \"1.1\" } (or a later version) to " +
        "managedRules.managedRuleSets of the frontdoor.Policy.",
    noFix: "a WAF that blocks, or inspects more, can refuse legitimate requests until its rules are tuned; run it in detection first",
    messages: {
        noBotRules: "managedRules.managedRuleSets has no Microsoft_BotManagerRuleSet entry, so traffic from known malicious bots is not identified or blocked; add the bot protection rule set.",
    },
    check: {
        frontDoorWafPolicy: (policy, ctx) => {
            // Default: sku Classic_AzureFrontDoor when unset (azure-native 3.28 PolicyArgs.sku). Standard supports
            // custom rules only, so the bot rule set cannot be added there (front-door-waf-policy-managed-rules has
            // an option for that tier). Source: https://learn.microsoft.com/azure/web-application-firewall/afds/afds-overview
            if (sameText(policy.sku?.name, "Standard_AzureFrontDoor")) {
                return;
            }
            // Default: a policy runs only the rule sets it lists; bot protection is a rule set of its own. Source:
            // https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-policy-configure-bot-protection
            // Every entry must be read: an unknown entry could be the bot rule set, so it leaves the verdict undecided.
            const sets = listOf(policy.managedRules?.managedRuleSets);
            if (!sets.some((set) => isSettings(set) && sameText(set.ruleSetType, "Microsoft_BotManagerRuleSet"))) {
                ctx.report("noBotRules");
            }
        },
    },
});
