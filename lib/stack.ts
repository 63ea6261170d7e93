/**
 * Helpers for stack policies: which resource points at which, whether or not ids are known yet.
 *
 * Two flavours. `references` and `sameNameOrDependsOn` answer yes or no, and take "unknown" for no. The strict
 * ones, `pointsAt` and `namesTarget`, answer yes or no only when that can be told, and otherwise read the
 * unknown input through the props proxy, which throws: the policy wrapper turns that into "cannot decide yet".
 * Combine several candidates with `anyOf`, so one that decides is not hidden by one that cannot.
 */
import type { PolicyResource } from "@pulumi/policy";
import { catalog, lookupType, ResourceType } from "./model";
import { readKnown } from "./values";

/** Does `from`'s input `property` depend on `target`? The engine records this at preview too. */
export function dependsOn(from: PolicyResource, property: string, target: PolicyResource): boolean {
    return (from.propertyDependencies[property] ?? []).some((d) => d.urn === target.urn);
}

/**
 * Resources whose id could be what another resource's id input is built from: every resource of the stack,
 * known to the catalog or not, except resource groups (an id built from a group's id and a literal name points
 * at a resource it does not depend on).
 */
export function azureResources(resources: readonly PolicyResource[]): PolicyResource[] {
    return resources.filter((r) => lookupType(r.type) !== catalog.resourceGroup);
}

/** The Azure name of a resource: its catalog name input, else a `name` input. Throws if it is unknown. */
function azureName(r: PolicyResource, type: ResourceType): string | undefined {
    const fromInput = type.nameInput ? r.props[type.nameInput] : undefined;
    const name = typeof fromInput === "string" ? fromInput : r.props.name;
    return typeof name === "string" ? name : undefined;
}

type Read = (props: Record<string, any>) => unknown;

/**
 * The strict core. Depending on `target` means yes; a known value is compared; a value unknown at preview
 * points at what it was built from, so depending on another of `peers` means no; otherwise it throws.
 */
function decide(from: PolicyResource, property: string, target: PolicyResource, peers: readonly PolicyResource[],
    read: Read, compare: (value: unknown) => boolean): boolean {
    if (dependsOn(from, property, target)) {
        return true;
    }
    const known = readKnown(() => ({ value: read(from.props) }));
    if (known) {
        return compare(known.value);
    }
    const deps = from.propertyDependencies[property] ?? [];
    if (deps.some((d) => d.urn !== target.urn && peers.some((p) => p.urn === d.urn))) {
        return false;
    }
    read(from.props); // unknown, and built from nothing that tells: throws, for "cannot decide yet"
    return false;
}

export interface PointsAtOptions {
    /**
     * Resources the id may be built from: an unknown id that depends on one of them (not the target) points
     * elsewhere. By default none, so an unknown id that does not depend on the target cannot be told.
     */
    peers?: readonly PolicyResource[];
    /** Reads the id out of `from`'s inputs, for ids nested below `property`. */
    read?: Read;
    /** Child paths below the target's id that also count, e.g. `/blobServices/default`. */
    under?: readonly string[];
}

/**
 * Strict: does the id in `from`'s input `property` point at `target` (or at one of the `under` paths below it)?
 * A known id must end in `/providers/<ARM type>/<name>` of the target. Throws when it cannot be told yet.
 */
export function pointsAt(from: PolicyResource, property: string, target: PolicyResource, targetType: ResourceType,
    options: PointsAtOptions = {}): boolean {
    const { peers = [], read = (props) => props[property], under = [] } = options;
    return decide(from, property, target, peers, read, (id) => {
        const name = typeof id === "string" && targetType.arm ? azureName(target, targetType) : undefined;
        if (typeof id !== "string" || !name) {
            return false;
        }
        const base = `/providers/${targetType.arm}/${name}`.toLowerCase();
        return ["", ...under].some((child) => id.toLowerCase().endsWith(base + child.toLowerCase()));
    });
}

/** Strict: does `from`'s input `property` carry `target`'s Azure name, or depend on `target`? Throws when it cannot be told yet. */
export function namesTarget(from: PolicyResource, property: string, target: PolicyResource, targetType: ResourceType,
    peers: readonly PolicyResource[] = []): boolean {
    return decide(from, property, target, peers, (props) => props[property], (value) => {
        const name = typeof value === "string" ? azureName(target, targetType) : undefined;
        return typeof value === "string" && name !== undefined && value.toLowerCase() === name.toLowerCase();
    });
}

/**
 * Does any candidate pass `test` (which may throw on unknown values)? True as soon as one passes, false if all
 * fail; if none passes and some could not be told, the first of those throws again, for "cannot decide yet".
 */
export function anyOf<T>(candidates: readonly T[], test: (candidate: T) => boolean): boolean {
    const pending: number[] = [];
    for (let i = 0; i < candidates.length; i++) {
        // Read the item inside: an item of an array input may itself be unknown.
        const passed = readKnown(() => test(candidates[i]));
        if (passed) {
            return true;
        }
        if (passed === undefined) {
            pending.push(i);
        }
    }
    return pending.length > 0 ? test(candidates[pending[0]]) : false;
}

/**
 * Lenient: does `from` point at `target` through its input `property`? At preview the target's id is unknown,
 * so the engine's property dependencies answer; once ids are known the id itself does. Unknown means no.
 *
 * @param value reads the id out of `from`'s inputs, for ids nested below `property`.
 */
export function references(from: PolicyResource, property: string, target: PolicyResource, targetType: ResourceType,
    value: Read = (props) => props[property]): boolean {
    return readKnown(() => pointsAt(from, property, target, targetType, { read: value })) === true;
}

/** Lenient: does `from`'s input `property` carry the same known name as `target`'s, or depend on `target`? */
export function sameNameOrDependsOn(from: PolicyResource, property: string, target: PolicyResource,
    targetType: ResourceType): boolean {
    return readKnown(() => namesTarget(from, property, target, targetType)) === true;
}
