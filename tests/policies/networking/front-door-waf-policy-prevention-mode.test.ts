import { Policy } from "@pulumi/azure-native/frontdoor";
import policy from "../../../policies/networking/front-door-waf-policy-prevention-mode";
import { resource, testResourcePolicy, unknown } from "../../tester";

const managedRules = { managedRuleSets: [{ ruleSetType: "Microsoft_DefaultRuleSet", ruleSetVersion: "2.1", ruleSetAction: "Block" }] };
const waf = (policySettings?: object) => resource(Policy, {
    resourceGroupName: "rg", sku: { name: "Premium_AzureFrontDoor" }, managedRules, policySettings,
});

testResourcePolicy(policy, {
    valid: [
        { name: "enabled, Prevention", resource: waf({ enabledState: "Enabled", mode: "Prevention" }) },
        { name: "Prevention, enabledState unset (Enabled)", resource: waf({ mode: "prevention" }) },
        { name: "no policySettings: mode not stated, not flagged by default", resource: waf() },
        { name: "explicit Prevention with requireExplicitMode", resource: waf({ mode: "Prevention" }), config: { requireExplicitMode: true } },
    ],
    invalid: [
        { name: "Detection mode", resource: waf({ enabledState: "Enabled", mode: "Detection" }), messages: ["detectionMode"] },
        { name: "disabled", resource: waf({ enabledState: "Disabled", mode: "Prevention" }), messages: ["policyDisabled"] },
        { name: "disabled and in Detection", resource: waf({ enabledState: "disabled", mode: "detection" }), messages: ["policyDisabled", "detectionMode"] },
        { name: "mode unset with requireExplicitMode", resource: waf({ requestBodyCheck: "Enabled" }), config: { requireExplicitMode: true }, messages: ["modeUnset"] },
    ],
    undecided: [
        { name: "mode from another resource", resource: waf({ enabledState: "Enabled", mode: unknown() }) },
        { name: "settings from another resource", resource: waf(unknown()) },
    ],
});
