import { isBroadScope, option, readKnown, resourcePolicy, roleDefinitionGuid } from "../../lib/kit";

/**
 * Built-in roles that grant control of every resource at their scope, or of who has access to it, by the GUID that
 * ends a role definition id. Source: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
 * (Privileged category).
 */
const owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
const contributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
const userAccessAdministrator = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";
const rbacAdministrator = "f58310d9-a9f6-439a-9e8d-f62e7b41a168";
const privileged = new Set([owner, contributor, userAccessAdministrator, rbacAdministrator]);
/** Roles whose power is handing out roles: an ABAC condition can limit which roles and principals they may assign. */
const delegating = new Set([userAccessAdministrator, rbacAdministrator]);

export default resourcePolicy({
    name: "privileged-role-assignment-broad-scope",
    description: "Owner, Contributor, User Access Administrator and Role Based Access Control Administrator are not " +
        "assigned at a subscription, management group or the tenant root, except to principals the organization allows.",
    area: "identity-and-access",
    severity: "high",
    frameworks: {
        mcsb: ["PA-1", "PA-7"],
        // 5.3.3 restricts User Access Administrator (assigned at "/" by elevated access); this policy flags that
        // assignment and more.
        cis: ["5.3.3"],
    },
    remediation: "Assign a narrower built-in or custom role, or assign the role at a resource group or resource " +
        "scope. For standing administrators, use Privileged Identity Management eligible assignments instead of " +
        "permanent RoleAssignment resources, or list the principal (a break-glass group) in allowedPrincipalIds. " +
        "User Access Administrator and Role Based Access Control Administrator pass with a condition that limits the " +
        "roles they may assign.",
    messages: {
        privilegedAtBroadScope: "roleDefinitionId names a privileged built-in role (Owner, Contributor, User Access Administrator or Role Based Access Control Administrator) and scope is a subscription, a management group or the tenant root: assign a narrower role or a narrower scope, or allow the principal in allowedPrincipalIds.",
        unconstrainedDelegation: "roleDefinitionId names User Access Administrator or Role Based Access Control Administrator at a subscription, a management group or the tenant root without a condition, so the principal can grant any role there, Owner included: set condition (with conditionVersion \"2.0\") to limit the roles and principal types it may assign, or narrow the scope.",
    },
    config: {
        allowedPrincipalIds: option.stringList({
            default: [],
            description: "Object ids of principals (such as break-glass or platform administrator groups) that may " +
                "hold these roles at broad scopes. Compared case-insensitively.",
        }),
    },
    check: {
        roleAssignment: (assignment, ctx) => {
            // Both are often outputs of other resources: an unknown one is read through the proxy and so left
            // undecided, never guessed.
            const role = roleDefinitionGuid(assignment.roleDefinitionId);
            if (role === undefined || !privileged.has(role)) {
                return;
            }
            if (!isBroadScope(assignment.scope)) {
                return;
            }
            // A delegation condition (ABAC on Microsoft.Authorization/roleAssignments/write) is how Azure constrains
            // these two roles. Source: https://learn.microsoft.com/azure/role-based-access-control/delegate-role-assignments-overview
            // Its presence decides; its text is not parsed.
            if (delegating.has(role) && "condition" in assignment) {
                const condition = readKnown(() => assignment.condition);
                // undefined here: present but unknown at preview (built from another output), still a condition.
                if (condition === undefined || (typeof condition === "string" && condition.trim() !== "")) {
                    return;
                }
            }
            const allowed = ctx.config.allowedPrincipalIds.map((id) => id.toLowerCase());
            // Read only when an allowance could change the verdict: the principal is usually an output.
            if (allowed.length > 0 && typeof assignment.principalId === "string" &&
                allowed.includes(assignment.principalId.trim().toLowerCase())) {
                return;
            }
            ctx.report(delegating.has(role) ? "unconstrainedDelegation" : "privilegedAtBroadScope");
        },
    },
});
