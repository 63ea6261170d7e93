import { RoleAssignment, RoleDefinition } from "@pulumi/azure-native/authorization";
import type { RoleAssignmentArgs, RoleDefinitionArgs } from "@pulumi/azure-native/authorization";
import policy from "../../../policies/identity-and-access/privileged-custom-role-assignment-broad-scope";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const sub = "/subscriptions/00000000-0000-0000-0000-000000000001";
const mg = "/providers/Microsoft.Management/managementGroups/platform";
const guid = "4a1b7c2d-0000-4000-8000-00000000abcd";
const breakGlass = "11111111-2222-3333-4444-555555555555";

const role = (name: string, permissions: RoleDefinitionArgs["permissions"], more: Partial<RoleDefinitionArgs> = {}): StackTestResource => ({
    name, ...resource(RoleDefinition, { scope: sub, roleName: `${name}-role`, assignableScopes: [sub], permissions, ...more }),
});
/** An assignment whose roleDefinitionId is the role's id output (unknown at preview, depending on it). */
const assignmentOf = (name: string, roleName: string, more: Partial<RoleAssignmentArgs> = {}): StackTestResource => ({
    name, ...resource(RoleAssignment, { principalId: "aaaaaaaa-0000-0000-0000-000000000000", roleDefinitionId: unknown(), scope: sub, ...more }),
    dependsOn: { roleDefinitionId: [roleName] },
});
const everything = [{ actions: ["*"] }];
const contributorLike = [{ actions: ["*"], notActions: ["Microsoft.Authorization/*/Write", "Microsoft.Authorization/*/Delete"] }];
const accessAdmin = [{ actions: ["*/read", "Microsoft.Authorization/*"] }];
const vmOperator = [{ actions: ["Microsoft.Compute/virtualMachines/start/action", "Microsoft.Compute/virtualMachines/read"] }];

testStackPolicy(policy, {
    valid: [
        { name: "a narrow custom role at a subscription", resources: [role("ops", vmOperator), assignmentOf("ra", "ops")] },
        { name: "a wildcard role at a resource group", resources: [role("all", everything),
            assignmentOf("ra", "all", { scope: `${sub}/resourceGroups/rg-app` })] },
        { name: "a wildcard role for an allowed break-glass group", config: { allowedPrincipalIds: [breakGlass] },
            resources: [role("all", everything), assignmentOf("ra", "all", { principalId: breakGlass.toUpperCase() })] },
        { name: "an assignment of a built-in role (roleDefinitionId depends on no role of the stack)", resources: [role("all", everything),
            { name: "ra", ...resource(RoleAssignment, { principalId: "p", scope: sub,
                roleDefinitionId: `${sub}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7` }) }] },
        { name: "no role definitions in the stack", resources: [{ name: "ra", ...resource(RoleAssignment, { principalId: "p", scope: sub,
            roleDefinitionId: unknown() }) }] },
        { name: "a narrow role whose assignment's scope is unknown", resources: [role("ops", vmOperator),
            assignmentOf("ra", "ops", { scope: unknown() })] },
        { name: "role assignment rights removed by notActions", resources: [role("readers", [{ actions: ["*/read", "Microsoft.Authorization/*"],
            notActions: ["Microsoft.Authorization/roleAssignments/*"] }]), assignmentOf("ra", "readers")] },
    ],
    invalid: [
        { name: "\"*\" at a subscription", resources: [role("all", everything), assignmentOf("ra", "all")],
            violations: [{ resource: "ra", message: "customAccessAdminAtBroadScope" }] },
        { name: "Contributor-like at a management group", resources: [role("contrib", contributorLike), assignmentOf("ra", "contrib", { scope: mg })],
            violations: [{ resource: "ra", message: "customWriteAllAtBroadScope" }] },
        { name: "Microsoft.Authorization/* at the tenant root", resources: [role("access", accessAdmin), assignmentOf("ra", "access", { scope: "/" })],
            violations: [{ resource: "ra", message: "customAccessAdminAtBroadScope" }] },
        { name: "a principal not in the allowed list", config: { allowedPrincipalIds: [breakGlass] },
            resources: [role("all", everything), assignmentOf("ra", "all")],
            violations: [{ resource: "ra", message: "customAccessAdminAtBroadScope" }] },
    ],
    undecided: [
        { name: "a wildcard role assigned at a scope not yet known", resources: [role("all", everything), assignmentOf("ra", "all", { scope: unknown() })] },
        { name: "a role whose actions are not yet known", resources: [role("x", [{ actions: unknown() }]), assignmentOf("ra", "x")] },
        { name: "a principal not yet known, with an allowed list", config: { allowedPrincipalIds: [breakGlass] },
            resources: [role("all", everything), assignmentOf("ra", "all", { principalId: unknown() })] },
    ],
});
