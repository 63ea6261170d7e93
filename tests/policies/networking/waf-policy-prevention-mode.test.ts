import { WebApplicationFirewallPolicy } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/waf-policy-prevention-mode";
import { resource, testResourcePolicy, unknown } from "../../tester";

const managedRules = { managedRuleSets: [{ ruleSetType: "OWASP", ruleSetVersion: "3.2" }] };
const waf = (policySettings?: object) => resource(WebApplicationFirewallPolicy, { resourceGroupName: "rg", managedRules, policySettings });

testResourcePolicy(policy, {
    valid: [
        { name: "enabled, Prevention", resource: waf({ state: "Enabled", mode: "Prevention" }) },
        { name: "Prevention, state unset (Enabled)", resource: waf({ mode: "prevention" }) },
        { name: "no policySettings: mode not stated, not flagged by default", resource: waf() },
        { name: "explicit Prevention with requireExplicitMode", resource: waf({ mode: "Prevention" }), config: { requireExplicitMode: true } },
    ],
    invalid: [
        { name: "Detection mode", resource: waf({ state: "Enabled", mode: "Detection" }), messages: ["detectionMode"] },
        { name: "disabled", resource: waf({ state: "Disabled", mode: "Prevention" }), messages: ["policyDisabled"] },
        { name: "disabled and in Detection", resource: waf({ state: "disabled", mode: "detection" }), messages: ["policyDisabled", "detectionMode"] },
        { name: "mode unset with requireExplicitMode", resource: waf({ requestBodyCheck: true }), config: { requireExplicitMode: true }, messages: ["modeUnset"] },
    ],
    undecided: [
        { name: "mode from another resource", resource: waf({ state: "Enabled", mode: unknown() }) },
        { name: "settings from another resource", resource: waf(unknown()) },
    ],
});
