import { Policy } from "@pulumi/azure-native/frontdoor";
import policy from "../../../policies/networking/front-door-waf-policy-bot-protection";
import { resource, testResourcePolicy, unknown } from "../../tester";

const drs = { ruleSetType: "Microsoft_DefaultRuleSet", ruleSetVersion: "2.1", ruleSetAction: "Block" };
const bots = { ruleSetType: "Microsoft_BotManagerRuleSet", ruleSetVersion: "1.1" };
const waf = (managedRuleSets: unknown, sku: unknown = "Premium_AzureFrontDoor") => resource(Policy, {
    resourceGroupName: "rg",
    sku: sku === undefined ? undefined : { name: sku as string },
    managedRules: managedRuleSets === undefined ? undefined : { managedRuleSets: managedRuleSets as [] },
});

testResourcePolicy(policy, {
    valid: [
        { name: "Premium with the bot rule set", resource: waf([drs, bots]) },
        { name: "bot rule set, any case, sku unset (Classic)", resource: waf([{ ruleSetType: "microsoft_botmanagerruleset", ruleSetVersion: "1.0" }], undefined) },
        { name: "Standard cannot hold managed rule sets", resource: waf(undefined, "Standard_AzureFrontDoor") },
    ],
    invalid: [
        { name: "Premium with the default rule set only", resource: waf([drs]), messages: ["noBotRules"] },
        { name: "Premium without managed rules", resource: waf(undefined), messages: ["noBotRules"] },
    ],
    undecided: [
        { name: "rule sets from another resource", resource: waf(unknown()) },
        { name: "a rule set entry from another resource", resource: waf([drs, unknown()]) },
        { name: "the sku from another resource", resource: waf([drs], unknown()) },
    ],
});
