/**
 * Helpers for stack policies: which resource points at which, whether or not ids are known yet.
 *
 * `pointsAt` and `namesTarget` answer yes or no only when that can be told, and otherwise read the unknown
 * input through the props proxy, which throws: the policy wrapper turns that into "cannot decide yet".
 * Combine several candidates with `anyOf`, so one that decides is not hidden by one that cannot.
 */
import type { PolicyResource } from "@pulumi/policy";
import { catalog, lookupType, ResourceType } from "./model";
import { cannotTell, readKnown } from "./values";

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
 * What an input Azure does not return was, read back from the resource's `id`: the parents' names of a child
 * resource (`serverName` in `.../providers/Microsoft.Sql/servers/<server>/auditingSettings/default`) and the
 * scope of an extension resource (`resourceUri` in `<scope>/providers/Microsoft.Insights/diagnosticSettings/<n>`).
 * Undefined when the type has no such input, or the id is absent, unknown or of another shape.
 */
export function inputFromId(from: PolicyResource, property: string): string | undefined {
    const type = lookupType(from.type);
    const id = readKnown(() => from.props.id);
    if (!type?.arm || typeof id !== "string") {
        return undefined;
    }
    const lower = id.toLowerCase();
    if (type.scopeInput === property) {
        const at = lower.lastIndexOf(`/providers/${type.arm.toLowerCase()}/`);
        return at > 0 ? id.slice(0, at) : undefined;
    }
    const level = type.parentInputs?.indexOf(property) ?? -1;
    if (level < 0) {
        return undefined;
    }
    // /providers/<namespace>/<collection 1>/<name 1>/<collection 2>/<name 2>/...
    const [namespace, ...collections] = type.arm.split("/");
    const start = lower.lastIndexOf(`/providers/${namespace.toLowerCase()}/${collections[0].toLowerCase()}/`);
    if (start < 0) {
        return undefined;
    }
    const segments = id.slice(start + `/providers/${namespace}/`.length).split("/");
    const name = segments[level * 2 + 1];
    return segments[level * 2]?.toLowerCase() === collections[level].toLowerCase() && name ? name : undefined;
}

/**
 * The input `property` of `from` as `read` finds it, or, when Azure's outputs leave it out, as its id tells
 * (`inputFromId`). `undefined` when it reads a value unknown at preview; `{ value: undefined }` when it is absent.
 */
function readInput(from: PolicyResource, property: string, read: Read | undefined): { value: unknown } | undefined {
    const known = readKnown(() => ({ value: read ? read(from.props) : from.props[property] }));
    // Only the input itself can be read back from the id, not a value nested below it.
    if (known && known.value === undefined && read === undefined) {
        const derived = inputFromId(from, property);
        if (derived !== undefined) {
            return { value: derived };
        }
    }
    return known;
}

/** The URNs of a list of resources, built once per list (lists of resources are not changed once made). */
const urnSets = new WeakMap<readonly PolicyResource[], Set<string>>();
function urnsOf(rs: readonly PolicyResource[]): Set<string> {
    let urns = urnSets.get(rs);
    if (!urns) {
        urns = new Set(rs.map((r) => r.urn));
        urnSets.set(rs, urns);
    }
    return urns;
}

/**
 * The strict core. Depending on `target` means yes; a known value is compared; a value unknown at preview (or
 * absent, as in outputs) points at what it was built from, so depending on another of `peers` means no;
 * otherwise it throws, for "cannot decide yet".
 */
function decide(from: PolicyResource, property: string, target: PolicyResource, peers: readonly PolicyResource[],
    read: Read | undefined, compare: (value: unknown) => boolean): boolean {
    if (dependsOn(from, property, target)) {
        return true;
    }
    const known = readInput(from, property, read);
    if (known && known.value !== undefined) {
        return compare(known.value);
    }
    const deps = from.propertyDependencies[property] ?? [];
    const peerUrns = urnsOf(peers);
    if (deps.some((d) => d.urn !== target.urn && peerUrns.has(d.urn))) {
        return false;
    }
    // Unknown, or absent (the engine showed outputs, which omit this input), and built from nothing that tells.
    if (!known) {
        void (read ? read(from.props) : from.props[property]); // throws, naming the unknown path
    }
    return cannotTell(property);
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
    const { peers = [], read, under = [] } = options;
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
    return decide(from, property, target, peers, undefined, (value) => {
        const name = typeof value === "string" ? azureName(target, targetType) : undefined;
        return typeof value === "string" && name !== undefined && value.toLowerCase() === name.toLowerCase();
    });
}

export interface PointerIndexOptions {
    /** As for `pointsAt` (and `namesTarget`'s `peers`). */
    peers?: readonly PolicyResource[];
    /** As for `pointsAt`; `namesTarget` reads `props[property]`, the default. */
    read?: Read;
}

/**
 * Asking `pointsAt` or `namesTarget` about every pair of (resource that may point, target) grows with their
 * product: quadratic in the size of the stack. The index answers, for one target, the resources worth asking:
 * every one for which `pointsAt` or `namesTarget` over the same property, peers and read could be true or could
 * not tell, in their original order. The others would answer a certain no, so `anyOf` over the candidates
 * decides exactly as over all of them.
 *
 * A resource is a candidate when its property depends on the target; or when its value is unknown and depends
 * on no peer (it cannot be told); or when its value is a known string with a path segment equal to the target's
 * Azure name (every id `pointsAt` accepts ends in `/<name>` or `/<name>/<child>`, and a name `namesTarget` accepts
 * is the whole value), or any known string when the target's name is unknown.
 */
export function pointerIndex<R extends PolicyResource>(froms: readonly R[], property: string, options: PointerIndexOptions = {}):
    (target: PolicyResource, targetType: ResourceType) => R[] {
    const { peers = [], read } = options;
    const peerUrns = urnsOf(peers);
    const byDependency = new Map<string, number[]>();
    const bySegment = new Map<string, number[]>();
    const untold: number[] = [];
    const knownStrings: number[] = [];
    const add = (map: Map<string, number[]>, key: string, i: number) => {
        const list = map.get(key);
        if (!list) {
            map.set(key, [i]);
        } else if (list[list.length - 1] !== i) {
            list.push(i);
        }
    };
    froms.forEach((from, i) => {
        const deps = from.propertyDependencies[property] ?? [];
        for (const d of deps) {
            add(byDependency, d.urn, i);
        }
        const known = readInput(from, property, read);
        if (!known || known.value === undefined) {
            if (!deps.some((d) => peerUrns.has(d.urn))) {
                untold.push(i);
            }
        } else if (typeof known.value === "string") {
            knownStrings.push(i);
            for (const segment of known.value.toLowerCase().split("/")) {
                add(bySegment, segment, i);
            }
        }
    });
    return (target, targetType) => {
        const name = readKnown(() => ({ name: azureName(target, targetType) }));
        const byName = !name || name.name?.includes("/") ? knownStrings
            : name.name === undefined ? [] : bySegment.get(name.name.toLowerCase()) ?? [];
        const picked = new Set([...byDependency.get(target.urn) ?? [], ...untold, ...byName]);
        return [...picked].sort((a, b) => a - b).map((i) => froms[i]);
    };
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
