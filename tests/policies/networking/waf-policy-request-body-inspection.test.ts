import { WebApplicationFirewallPolicy } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/waf-policy-request-body-inspection";
import { resource, testResourcePolicy, unknown } from "../../tester";

const managedRules = { managedRuleSets: [{ ruleSetType: "OWASP", ruleSetVersion: "3.2" }] };
const waf = (policySettings?: object) => resource(WebApplicationFirewallPolicy, { resourceGroupName: "rg", managedRules, policySettings });

testResourcePolicy(policy, {
    valid: [
        { name: "request body check on", resource: waf({ requestBodyCheck: true, maxRequestBodySizeInKb: 128 }) },
        { name: "unset: on by default", resource: waf({ mode: "Prevention" }) },
        { name: "no policySettings", resource: waf() },
    ],
    invalid: [
        { name: "request body check off", resource: waf({ requestBodyCheck: false, mode: "Prevention" }), messages: ["bodyCheckOff"] },
    ],
    undecided: [
        { name: "flag from another resource", resource: waf({ requestBodyCheck: unknown() }) },
    ],
});
