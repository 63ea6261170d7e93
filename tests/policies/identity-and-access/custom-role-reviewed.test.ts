import { RoleDefinition, RoleDefinitionArgs } from "@pulumi/azure-native/authorization";
import policy from "../../../policies/identity-and-access/custom-role-reviewed";
import { resource, testResourcePolicy, unknown } from "../../tester";

const role = (more: Partial<RoleDefinitionArgs> = {}) => resource(RoleDefinition, {
    scope: "/subscriptions/00000000-0000-0000-0000-000000000000",
    roleName: "VM Operator",
    permissions: [{ actions: ["Microsoft.Compute/virtualMachines/start/action"] }],
    assignableScopes: ["/subscriptions/00000000-0000-0000-0000-000000000000"],
    ...more,
});

testResourcePolicy(policy, {
    valid: [
        { name: "a custom role listed as reviewed", resource: role(), config: { reviewedRoles: ["VM Operator"] } },
    ],
    invalid: [
        { name: "any custom role, by default", resource: role(), messages: ["customRole"] },
        { name: "a reviewed list that names another role", resource: role(), config: { reviewedRoles: ["Backup Reader"] }, messages: ["customRole"] },
        { name: "roleName from config, nothing listed as reviewed", resource: role({ roleName: unknown() }), messages: ["customRole"] },
        { name: "no roleName", resource: role({ roleName: undefined }), config: { reviewedRoles: ["VM Operator"] }, messages: ["customRole"] },
    ],
    undecided: [
        { name: "roleName from config", resource: role({ roleName: unknown() }), config: { reviewedRoles: ["VM Operator"] } },
    ],
});
