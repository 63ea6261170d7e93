import { isSettings, listOf, option, resourcePolicy, sameText } from "../../lib/kit";

/** Rule set types that carry the OWASP-style protections: DefaultRuleSet 1.0 and Microsoft_DefaultRuleSet 1.1 and later. */
const defaultRuleSets = ["DefaultRuleSet", "Microsoft_DefaultRuleSet"];

export default resourcePolicy({
    name: "front-door-waf-policy-managed-rules",
    description: "Azure Front Door WAF policies of a tier that supports managed rules run the default managed rule set, with an action that blocks.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-6"] },
    remediation: "Add { ruleSetType: \"Microsoft_DefaultRuleSet\", ruleSetVersion: \"2.1\", ruleSetAction: \"Block\" } (or " +
        "another current version) to managedRules.managedRuleSets of the frontdoor.Policy. Managed rules need " +
        "sku.name Premium_AzureFrontDoor (or Classic_AzureFrontDoor for Front Door (classic)); Standard_AzureFrontDoor " +
        "supports custom rules only.",
    noFix: "a WAF that blocks, or inspects more, can refuse legitimate requests until its rules are tuned; run it in detection first",
    messages: {
        noDefaultRuleSet: "managedRules.managedRuleSets has no DefaultRuleSet or Microsoft_DefaultRuleSet entry, so the WAF applies only custom rules and none of the managed protections against SQL injection, cross-site scripting and other common attacks; add the default rule set.",
        defaultRuleSetLogsOnly: "Every default rule set entry in managedRules.managedRuleSets has ruleSetAction Log, so requests over the anomaly threshold are logged and still reach the origin; set ruleSetAction to Block.",
        standardSku: "sku.name is Standard_AzureFrontDoor, which supports custom rules only, so this WAF policy cannot run the managed rule sets; use Premium_AzureFrontDoor (on a Premium profile) and add Microsoft_DefaultRuleSet.",
    },
    config: {
        flagStandardSku: option.boolean({
            default: false,
            description: "Flag Standard_AzureFrontDoor WAF policies, which cannot hold managed rule sets. Off by default: " +
                "the fix is a Premium profile, a cost and tier choice the policy cannot make for you.",
        }),
    },
    check: {
        frontDoorWafPolicy: (policy, ctx) => {
            // Default: sku Classic_AzureFrontDoor when unset (azure-native 3.28 PolicyArgs.sku: "Defaults to
            // Classic_AzureFrontDoor if not specified"). Front Door Standard supports custom rules only; Premium
            // (and classic) support managed rule sets. Source:
            // https://learn.microsoft.com/azure/web-application-firewall/afds/afds-overview (tiers).
            if (sameText(policy.sku?.name, "Standard_AzureFrontDoor")) {
                if (ctx.config.flagStandardSku) {
                    ctx.report("standardSku");
                }
                return;
            }
            // Default: a policy runs only the rule sets it lists; there is no implicit one. Source:
            // https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-drs
            // Every entry is read: an unknown entry could be the default rule set, so it leaves the verdict undecided.
            const sets = listOf(policy.managedRules?.managedRuleSets).filter((set) =>
                isSettings(set) && defaultRuleSets.some((type) => sameText(set.ruleSetType, type)));
            if (sets.length === 0) {
                ctx.report("noDefaultRuleSet");
                return;
            }
            // Default: ruleSetAction (DRS 2.0 and later: Block, Log or Redirect on the anomaly score) is flagged only
            // when explicitly Log; unset is left alone. Source: same page (anomaly scoring), REST spec
            // Microsoft.Network frontdoor 2025-03-01, ManagedRuleSet.ruleSetAction.
            if (sets.every((set) => sameText(set.ruleSetAction, "Log"))) {
                ctx.report("defaultRuleSetLogsOnly");
            }
        },
    },
});
