import { RoleAssignment } from "@pulumi/azure-native/authorization";
import type { RoleAssignmentArgs } from "@pulumi/azure-native/authorization";
import policy from "../../../policies/identity-and-access/privileged-role-assignment-broad-scope";
import { resource, testResourcePolicy, unknown } from "../../tester";

const sub = "/subscriptions/00000000-0000-0000-0000-000000000001";
const role = (guid: string) => `${sub}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
const owner = role("8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
const contributor = role("b24988ac-6180-42a0-ab88-20f7382dd24c");
const uaa = role("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9");
const rbacAdmin = "/providers/Microsoft.Authorization/roleDefinitions/f58310d9-a9f6-439a-9e8d-f62e7b41a168";
const reader = role("acdd72a7-3385-48ef-bd42-f606fba81ae7");
const mg = "/providers/Microsoft.Management/managementGroups/platform";
const breakGlass = "11111111-2222-3333-4444-555555555555";

const assignment = (args: Partial<RoleAssignmentArgs>) =>
    resource(RoleAssignment, { principalId: "aaaaaaaa-0000-0000-0000-000000000000", roleDefinitionId: owner, scope: sub, ...args });

testResourcePolicy(policy, {
    valid: [
        { name: "Reader at a subscription", resource: assignment({ roleDefinitionId: reader }) },
        { name: "Owner at a resource group", resource: assignment({ scope: `${sub}/resourceGroups/rg-app` }) },
        { name: "Contributor on one resource", resource: assignment({ roleDefinitionId: contributor,
            scope: `${sub}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st` }) },
        { name: "User Access Administrator at a subscription with a delegation condition", resource: assignment({
            roleDefinitionId: uaa, condition: "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {acdd72a7-3385-48ef-bd42-f606fba81ae7}))",
            conditionVersion: "2.0" }) },
        { name: "RBAC Administrator at a management group, condition built from an output", resource: assignment({
            roleDefinitionId: rbacAdmin, scope: mg, condition: unknown(), conditionVersion: "2.0" }) },
        { name: "Owner at a subscription for an allowed break-glass group (case-insensitive)", config: { allowedPrincipalIds: [breakGlass.toUpperCase()] },
            resource: assignment({ principalId: breakGlass }) },
        { name: "custom role at a subscription (not a built-in privileged role)", resource: assignment({
            roleDefinitionId: role("9f1c2b7a-0000-4000-8000-000000000001") }) },
        { name: "Reader whose scope is unknown: the role alone decides", resource: assignment({ roleDefinitionId: reader, scope: unknown() }) },
    ],
    invalid: [
        { name: "Owner at a subscription", resource: assignment({}), messages: ["privilegedAtBroadScope"] },
        { name: "Contributor at a subscription with a trailing slash, role id without subscription prefix", resource: assignment({
            roleDefinitionId: "/providers/Microsoft.Authorization/roleDefinitions/B24988AC-6180-42A0-AB88-20F7382DD24C", scope: `${sub}/` }),
            messages: ["privilegedAtBroadScope"] },
        { name: "Owner at a management group", resource: assignment({ scope: mg.toLowerCase() }), messages: ["privilegedAtBroadScope"] },
        { name: "User Access Administrator at the tenant root", resource: assignment({ roleDefinitionId: uaa, scope: "/" }),
            messages: ["unconstrainedDelegation"] },
        { name: "RBAC Administrator at a subscription with an empty condition", resource: assignment({ roleDefinitionId: rbacAdmin, condition: "" }),
            messages: ["unconstrainedDelegation"] },
        { name: "a condition on Owner does not narrow it", resource: assignment({ condition: "@Resource[x] StringEquals 'y'", conditionVersion: "2.0" }),
            messages: ["privilegedAtBroadScope"] },
        { name: "Owner for a principal not in the allowed list", config: { allowedPrincipalIds: [breakGlass] },
            resource: assignment({}), messages: ["privilegedAtBroadScope"] },
    ],
    undecided: [
        { name: "role definition id from another resource", resource: assignment({ roleDefinitionId: unknown() }) },
        { name: "Owner at a scope from another resource", resource: assignment({ scope: unknown() }) },
        { name: "Owner at a subscription for a principal from another resource, with an allowed list", config: { allowedPrincipalIds: [breakGlass] },
            resource: assignment({ principalId: unknown() }) },
    ],
});
