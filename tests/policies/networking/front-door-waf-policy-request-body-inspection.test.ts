import { Policy } from "@pulumi/azure-native/frontdoor";
import policy from "../../../policies/networking/front-door-waf-policy-request-body-inspection";
import { resource, testResourcePolicy, unknown } from "../../tester";

const waf = (policySettings?: object) => resource(Policy, {
    resourceGroupName: "rg", sku: { name: "Premium_AzureFrontDoor" }, policySettings,
});

testResourcePolicy(policy, {
    valid: [
        { name: "request body check Enabled", resource: waf({ mode: "Prevention", requestBodyCheck: "Enabled" }) },
        { name: "request body check unset", resource: waf({ mode: "Prevention" }) },
        { name: "no policySettings", resource: waf() },
    ],
    invalid: [
        { name: "request body check Disabled", resource: waf({ mode: "Prevention", requestBodyCheck: "Disabled" }), messages: ["bodyCheckOff"] },
        { name: "request body check disabled (any case)", resource: waf({ requestBodyCheck: "disabled" }), messages: ["bodyCheckOff"] },
    ],
    undecided: [
        { name: "request body check from another resource", resource: waf({ requestBodyCheck: unknown() }) },
        { name: "settings from another resource", resource: waf(unknown()) },
    ],
});
