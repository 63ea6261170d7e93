import { ArgsOf, catalog, dependsOn, isBroadScope, listOf, option, readKnown, roleDefinitionGuid, stackPolicy, StackResource } from "../../lib/kit";

/** Write actions of several resource providers: a role that grants all of them writes on every resource type. */
const sampleWrites = ["Microsoft.Compute/virtualMachines/write", "Microsoft.Storage/storageAccounts/write",
    "Microsoft.Network/networkSecurityGroups/write", "Microsoft.KeyVault/vaults/write", "Microsoft.Sql/servers/write"];
/** The action that lets a principal grant roles, itself included: what makes Owner and User Access Administrator. */
const roleAssignmentWrite = "Microsoft.Authorization/roleAssignments/write";

/** Does an Azure RBAC action pattern (`*` matches any characters, case-insensitive) match `action`? */
function matches(pattern: unknown, action: string): boolean {
    if (typeof pattern !== "string") {
        return false;
    }
    // A glob with `*` only, matched piece by piece (no regular expression built from input).
    const parts = pattern.trim().toLowerCase().split("*");
    const text = action.toLowerCase();
    if (parts.length === 1) {
        return parts[0] === text;
    }
    if (!text.startsWith(parts[0])) {
        return false;
    }
    let at = parts[0].length;
    for (const part of parts.slice(1, -1)) {
        const found = text.indexOf(part, at);
        if (found < 0) {
            return false;
        }
        at = found + part.length;
    }
    const last = parts[parts.length - 1];
    return text.length - last.length >= at && text.endsWith(last);
}

type Permission = { actions?: readonly unknown[] | null; notActions?: readonly unknown[] | null } | null | undefined;

/** Does some permission block grant `action`: matched by its actions and not removed by its own notActions? */
function grants(permissions: readonly Permission[], action: string): boolean {
    return permissions.some((p) => p !== null && p !== undefined &&
        listOf(p.actions).some((a) => matches(a, action)) && !listOf(p.notActions).some((n) => matches(n, action)));
}

/** What makes a custom role privileged: granting roles, or writing every resource type; else undefined. */
function privilegeOf(permissions: readonly Permission[]): "access" | "writeAll" | undefined {
    if (grants(permissions, roleAssignmentWrite)) {
        return "access";
    }
    return sampleWrites.every((action) => grants(permissions, action)) ? "writeAll" : undefined;
}

/**
 * Does the assignment's roleDefinitionId name this role definition? Depending on it says yes (the usual
 * `role.id`); a known id is compared by its GUID with the role's roleDefinitionId input (at preview) or its name
 * and id (as outputs). An unknown id that does not depend on the role was built from something else: no.
 */
function assigns(assignment: StackResource<ArgsOf<"roleAssignment">>, role: StackResource<ArgsOf<"roleDefinition">>): boolean {
    if (dependsOn(assignment, "roleDefinitionId", role)) {
        return true;
    }
    const guid = roleDefinitionGuid(readKnown(() => assignment.props.roleDefinitionId));
    if (guid === undefined) {
        return false;
    }
    const own = [readKnown(() => role.props.roleDefinitionId), readKnown(() => (role.props as { name?: unknown }).name),
        roleDefinitionGuid(readKnown(() => (role.props as { id?: unknown }).id))];
    return own.some((g) => typeof g === "string" && g.toLowerCase() === guid);
}

export default stackPolicy({
    name: "privileged-custom-role-assignment-broad-scope",
    description: "Custom roles of the stack that can grant roles or write every resource type are not assigned at a " +
        "subscription, management group or the tenant root, except to principals the organization allows.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["PA-1", "PA-7"] },
    remediation: "Narrow the custom role's permissions[].actions to the actions it needs (no \"*\", \"*/write\" or " +
        "Microsoft.Authorization/* without the matching notActions), or assign it at a resource group or resource " +
        "scope, or list the principal (a break-glass group) in allowedPrincipalIds. Built-in Owner, Contributor " +
        "and access administrator roles are checked by privileged-role-assignment-broad-scope.",
    messages: {
        customAccessAdminAtBroadScope: "roleDefinitionId names a custom role of this stack that grants Microsoft.Authorization/roleAssignments/write, and scope is a subscription, a management group or the tenant root, so the principal can grant itself or others any role there: remove that action from the role, or narrow the scope.",
        customWriteAllAtBroadScope: "roleDefinitionId names a custom role of this stack that grants write on every resource type (like Contributor), and scope is a subscription, a management group or the tenant root: list only the actions the principal needs, or narrow the scope.",
    },
    config: {
        allowedPrincipalIds: option.stringList({
            default: [],
            description: "Object ids of principals (such as break-glass or platform administrator groups) that may " +
                "hold such roles at broad scopes. Compared case-insensitively.",
        }),
    },
    resources: [catalog.roleAssignment, catalog.roleDefinition],
    check: (ctx) => {
        const roles = ctx.ofType(catalog.roleDefinition);
        if (roles.length === 0) {
            return; // built-in roles, or custom roles of another stack, whose permissions this stack does not show
        }
        const allowed = ctx.config.allowedPrincipalIds.map((id) => id.toLowerCase());
        ctx.each(ctx.ofType(catalog.roleAssignment), (assignment) => {
            const privileges = roles.filter((role) => assigns(assignment, role))
                // Reading a role's permissions that are unknown at preview leaves this assignment undecided.
                .map((role) => privilegeOf(listOf(role.props.permissions) as readonly Permission[]));
            const privilege = privileges.includes("access") ? "access" : privileges.includes("writeAll") ? "writeAll" : undefined;
            if (privilege === undefined || !isBroadScope(assignment.props.scope)) {
                return;
            }
            const principal = allowed.length > 0 ? assignment.props.principalId : undefined;
            if (typeof principal === "string" && allowed.includes(principal.trim().toLowerCase())) {
                return;
            }
            ctx.report(assignment, privilege === "access" ? "customAccessAdminAtBroadScope" : "customWriteAllAtBroadScope");
        });
    },
});
