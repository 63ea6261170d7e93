import { PolicyAssignment } from "@pulumi/azure-native/authorization";
import policy from "../../../policies/compliance/policy-assignment-enforced";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = {
    scope: "/subscriptions/00000000-0000-0000-0000-000000000001",
    policyDefinitionId: "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c",
};

testResourcePolicy(policy, {
    valid: [
        { name: "unset: enforced by default", resource: resource(PolicyAssignment, base) },
        { name: "Default", resource: resource(PolicyAssignment, { ...base, enforcementMode: "Default" }) },
    ],
    invalid: [
        { name: "DoNotEnforce", resource: resource(PolicyAssignment, { ...base, enforcementMode: "DoNotEnforce" }), messages: ["notEnforced"] },
        { name: "DoNotEnforce in another case", resource: resource(PolicyAssignment, { ...base, enforcementMode: "donotenforce" }),
            messages: ["notEnforced"] },
    ],
    undecided: [
        { name: "mode from config not yet known", resource: resource(PolicyAssignment, { ...base, enforcementMode: unknown() }) },
    ],
});
