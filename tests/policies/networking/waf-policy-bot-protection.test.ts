import { WebApplicationFirewallPolicy } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/waf-policy-bot-protection";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const owasp = { ruleSetType: "OWASP", ruleSetVersion: "3.2" };
const bots = { ruleSetType: "Microsoft_BotManagerRuleSet", ruleSetVersion: "1.1" };
const waf = (...managedRuleSets: object[]) =>
    resource(WebApplicationFirewallPolicy, { resourceGroupName: "rg", managedRules: { managedRuleSets: managedRuleSets as any } });

testResourcePolicy(policy, {
    valid: [
        { name: "OWASP and bot protection", resource: waf(owasp, bots) },
        { name: "case-insensitive rule set type", resource: waf({ ruleSetType: "microsoft_botmanagerruleset", ruleSetVersion: "1.0" }, owasp) },
        { name: "bot set first: an unknown entry after it does not matter", resource: waf(bots, unknown()) },
    ],
    invalid: [
        { name: "OWASP only", resource: waf(owasp), messages: ["noBotRules"] },
        { name: "Microsoft default rule set only", resource: waf({ ruleSetType: "Microsoft_DefaultRuleSet", ruleSetVersion: "2.1" }), messages: ["noBotRules"] },
        { name: "no rule sets", resource: waf(), messages: ["noBotRules"] },
        { name: "a null entry is skipped", resource: waf(untyped(null), owasp), messages: ["noBotRules"] },
    ],
    undecided: [
        { name: "rule set type from another resource", resource: waf(owasp, { ruleSetType: unknown(), ruleSetVersion: "1.1" }) },
        {
            name: "rule sets from another resource",
            resource: resource(WebApplicationFirewallPolicy, { resourceGroupName: "rg", managedRules: { managedRuleSets: unknown() } }),
        },
    ],
});
