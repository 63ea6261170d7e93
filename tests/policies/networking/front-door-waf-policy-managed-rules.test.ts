import { Policy } from "@pulumi/azure-native/frontdoor";
import policy from "../../../policies/networking/front-door-waf-policy-managed-rules";
import { resource, testResourcePolicy, unknown } from "../../tester";

const drs = { ruleSetType: "Microsoft_DefaultRuleSet", ruleSetVersion: "2.1", ruleSetAction: "Block" };
const bots = { ruleSetType: "Microsoft_BotManagerRuleSet", ruleSetVersion: "1.1" };
const waf = (managedRuleSets: unknown, sku: unknown = "Premium_AzureFrontDoor") => resource(Policy, {
    resourceGroupName: "rg",
    sku: sku === undefined ? undefined : { name: sku as string },
    policySettings: { mode: "Prevention" },
    managedRules: managedRuleSets === undefined ? undefined : { managedRuleSets: managedRuleSets as [] },
});

testResourcePolicy(policy, {
    valid: [
        { name: "Premium with Microsoft_DefaultRuleSet 2.1, Block", resource: waf([drs, bots]) },
        { name: "Premium with DRS, ruleSetAction unset", resource: waf([{ ruleSetType: "microsoft_defaultruleset", ruleSetVersion: "2.0" }]) },
        { name: "sku unset (Classic) with DefaultRuleSet 1.0", resource: waf([{ ruleSetType: "DefaultRuleSet", ruleSetVersion: "1.0" }], undefined) },
        { name: "Standard holds no managed rules: not flagged by default", resource: waf(undefined, "Standard_AzureFrontDoor") },
        { name: "DRS logging and another DRS entry blocking", resource: waf([{ ...drs, ruleSetAction: "Log" }, drs]) },
    ],
    invalid: [
        { name: "Premium without managed rules", resource: waf(undefined), messages: ["noDefaultRuleSet"] },
        { name: "Premium with the bot rule set only", resource: waf([bots]), messages: ["noDefaultRuleSet"] },
        { name: "sku unset (Classic) with no rule sets", resource: waf([], undefined), messages: ["noDefaultRuleSet"] },
        { name: "DRS with ruleSetAction Log", resource: waf([{ ...drs, ruleSetAction: "log" }, bots]), messages: ["defaultRuleSetLogsOnly"] },
        { name: "Standard with flagStandardSku", resource: waf(undefined, "Standard_AzureFrontDoor"), config: { flagStandardSku: true }, messages: ["standardSku"] },
    ],
    undecided: [
        { name: "rule sets from another resource", resource: waf(unknown()) },
        { name: "a rule set entry from another resource", resource: waf([bots, unknown()]) },
        { name: "the sku from another resource, no rule sets", resource: waf(undefined, unknown()) },
        { name: "the DRS action from another resource", resource: waf([{ ...drs, ruleSetAction: unknown() }]) },
    ],
});
