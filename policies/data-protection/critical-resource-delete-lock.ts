import {
    anyOf, azureResources, cannotTell, catalog, CatalogKey, dependsOn, option, pointsAt, readKnown, requireInStack,
    ResourceType, sameText, stackPolicy, StackResource,
} from "../../lib/kit";

/** Any resource of the stack, its props read by name. */
type AnyResource = StackResource<Record<string, any>>;

/**
 * The types a lock may be asked of: resources that live in a resource group (top-level ARM types), and resource
 * groups themselves. Not locks, role and policy objects, subscription-level settings or extension resources.
 */
const notLockable = ["Microsoft.Authorization/", "Microsoft.Security/", "Microsoft.Insights/diagnosticSettings",
    "Microsoft.KubernetesConfiguration/"];
const lockable: ResourceType[] = (Object.keys(catalog) as CatalogKey[]).map((k): ResourceType => catalog[k]).filter((t) =>
    t.arm !== undefined && t.nameInput !== undefined && t.parentInputs === undefined && t.scopeInput === undefined &&
    t.arm.split("/").length === 2 && !notLockable.some((prefix) => t.arm!.toLowerCase().startsWith(prefix.toLowerCase())));
const lockableArm = [...new Set(lockable.map((t) => t.arm!))].sort();

/** Both levels stop a delete: CanNotDelete allows changes, ReadOnly none. NotSpecified (the enum's third value) stops nothing. */
const protects = (level: unknown) => sameText(level, "CanNotDelete") || sameText(level, "ReadOnly");

const subscriptionRe = /^\/subscriptions\/[^/]+\/?$/i;
const groupRe = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/?$/i;
const groupInIdRe = /\/resourceGroups\/([^/]+)(\/|$)/i;

/** Where a resource is, as far as can be told: the ResourceGroup of the stack it names, and the group's name. */
interface Group { urn?: string; name?: string }

export default stackPolicy({
    name: "critical-resource-delete-lock",
    description: "Storage accounts (or the resource types configured as critical) carry a CanNotDelete or ReadOnly " +
        "management lock, on themselves, their resource group or the subscription, and every declared lock has one of those levels.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["AM-4"], cis: ["9.3.9", "6.2"] },
    remediation: "Add an authorization ManagementLockByScope with scope set to the resource's id (or to its resource " +
        "group's id) and level \"CanNotDelete\", or a ManagementLockAtResourceGroupLevel with resourceGroupName set to " +
        "its group. ReadOnly also stops deletion but blocks listKeys and other POST operations (Microsoft advises " +
        "against it for storage accounts with Azure Files or Tables). If a platform team applies locks from another " +
        "stack, leave requireInStack off.",
    messages: {
        noDeleteLock: "No CanNotDelete or ReadOnly lock in this stack covers this resource (on it, its resource group or the subscription), so one mistaken or malicious delete removes it and its data: add a ManagementLockByScope with scope set to its id and level CanNotDelete.",
        lockLevelIneffective: "level is neither CanNotDelete nor ReadOnly, so this lock stops nothing: set level to CanNotDelete (or ReadOnly).",
    },
    config: {
        resourceTypes: option.stringList({
            default: ["Microsoft.Storage/storageAccounts"],
            values: lockableArm,
            description: "ARM resource types whose resources must carry a delete lock. The default is CIS v6.0.0 " +
                "9.3.9's storage accounts only: which other resources are mission-critical (CIS 6.2) is the " +
                "organization's judgement, and a lock also blocks teardown of short-lived stacks, so add types here.",
        }),
        requireInStack: requireInStack("a delete lock for each critical resource"),
    },
    resources: [catalog.storageAccount, catalog.resourceGroup, catalog.resourceGroupLock, catalog.subscriptionLock,
        catalog.scopeLock],
    check: (ctx) => {
        const groups = ctx.ofType(catalog.resourceGroup);
        const groupUrns = new Set(groups.map((g) => g.urn));
        const peers = azureResources(ctx.resources);
        const rgLocks = ctx.ofType(catalog.resourceGroupLock);
        const subLocks = ctx.ofType(catalog.subscriptionLock);
        const scopeLocks = ctx.ofType(catalog.scopeLock);

        // A declared lock whose level stops nothing. Default: none, level is required. Source:
        // https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources (lock levels).
        ctx.each([...rgLocks, ...subLocks, ...scopeLocks], (lock) => {
            const level = lock.props.level;
            if (level !== undefined && level !== null && !protects(level)) {
                ctx.report(lock, "lockLevelIneffective");
            }
        });

        /** A ResourceGroup resource's own name: its input, or in outputs its name. */
        const nameOfGroup = (g: AnyResource): string | undefined => {
            const known = readKnown(() => ({ value: g.props.resourceGroupName ?? g.props.name }));
            return typeof known?.value === "string" ? known.value : undefined;
        };
        /** The group `r` is in: the group it depends on, its resourceGroupName, or the group in its id (outputs). */
        const groupOf = (r: AnyResource): Group => {
            const dep = (r.propertyDependencies.resourceGroupName ?? []).find((d) => groupUrns.has(d.urn));
            const own = readKnown(() => ({ value: r.props.resourceGroupName }));
            const fromId = readKnown(() => r.props.id);
            const name = typeof own?.value === "string" ? own.value
                : dep ? nameOfGroup(dep)
                    : own && own.value === undefined && typeof fromId === "string" ? groupInIdRe.exec(fromId)?.[1] : undefined;
            return { urn: dep?.urn, name };
        };
        /** The group a target is, or is in. */
        const targetGroup = (target: AnyResource, type: ResourceType): Group =>
            type === catalog.resourceGroup ? { urn: target.urn, name: nameOfGroup(target) } : groupOf(target);
        /** Are two groups the same? Throws when it cannot be told yet. */
        const same = (a: Group, b: Group): boolean => {
            if (a.urn !== undefined && b.urn !== undefined) {
                return a.urn === b.urn;
            }
            if (a.name !== undefined && b.name !== undefined) {
                return a.name.toLowerCase() === b.name.toLowerCase();
            }
            return cannotTell("resourceGroupName");
        };
        /** A lock's scope: its input, or in outputs the part of its id before the lock. Undefined when unknown. */
        const scopeOf = (lock: AnyResource): { value: unknown } | undefined => {
            const known = readKnown(() => ({ value: lock.props.scope }));
            if (known && known.value === undefined) {
                const id = readKnown(() => lock.props.id);
                const at = typeof id === "string" ? id.toLowerCase().lastIndexOf("/providers/microsoft.authorization/locks/") : -1;
                return { value: at > 0 ? (id as string).slice(0, at) : undefined };
            }
            return known;
        };
        /** Does a ManagementLockByScope cover the target, through its scope? Throws when it cannot be told yet. */
        const scopeCovers = (lock: AnyResource, target: AnyResource, type: ResourceType): boolean => {
            if (dependsOn(lock, "scope", target)) {
                return true;
            }
            const scope = scopeOf(lock);
            if (scope && typeof scope.value === "string") {
                if (subscriptionRe.test(scope.value)) {
                    return true;
                }
                const group = groupRe.exec(scope.value);
                if (group) {
                    return same({ name: group[1] }, { name: targetGroup(target, type).name });
                }
                return type !== catalog.resourceGroup && pointsAt(lock, "scope", target, type, { peers });
            }
            // Unknown (or absent from outputs): built from a group's id, it is that group, or a resource in it named
            // by a literal; either way it covers nothing outside that group.
            const group = (lock.propertyDependencies.scope ?? []).find((d) => groupUrns.has(d.urn));
            if (group) {
                return same({ urn: group.urn, name: nameOfGroup(group) }, targetGroup(target, type)) ? cannotTell("scope") : false;
            }
            return pointsAt(lock, "scope", target, type, { peers });
        };

        const wanted = new Set(ctx.config.resourceTypes.map((t) => t.toLowerCase()));
        for (const type of lockable.filter((t) => wanted.has(t.arm!.toLowerCase()))) {
            ctx.each(ctx.ofType<unknown>(type), (target) => {
                // Default: no resource is locked until a lock is created. Locks are inherited: one on the subscription
                // or the resource group applies to every resource in it. Source:
                // https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources
                // A subscription lock of the stack is taken to be on the target's subscription (stacks rarely span two).
                // One anyOf over every lock, so that a lock that cannot be told yet hides none that decides.
                const covers: (() => boolean)[] = [
                    ...subLocks.map((lock) => () => protects(lock.props.level)),
                    ...rgLocks.map((lock) => () => protects(lock.props.level) && same(groupOf(lock), targetGroup(target, type))),
                    ...scopeLocks.map((lock) => () => protects(lock.props.level) && scopeCovers(lock, target, type)),
                ];
                if (!anyOf(covers, (test) => test())) {
                    ctx.missing(target, "noDeleteLock");
                }
            });
        }
    },
});
