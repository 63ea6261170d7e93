/**
 * Remediation: what `remediate` does with a policy's `fix` (lib/kit/policy.ts). @pulumi/policy calls a policy's
 * `remediateResource` before validation when the policy's enforcement level is `remediate`; it returns the
 * resource's new inputs, or undefined to leave them as they are. A fix is applied only where it is certain to be
 * wanted and possible:
 *
 * - the check itself reports on the resource (run first, as validation would): a check that reports nothing, failed,
 *   or held its verdict back for an older API version changes nothing;
 * - values unknown at preview are left alone: a fix that would read one to work out its changes, or set a path
 *   through one, is not applied (a check that reports on known values and cannot decide others still gets the
 *   changes that need only the known ones);
 * - the resource's API version has every top-level input the fix sets (lib/kit/fix-versions.ts);
 * - every object on a change's path is absent (then created) or an object: a fix never replaces a value of
 *   another kind.
 *
 * The changes are made on the props @pulumi/policy passes, which keep secrets secret when written, and are
 * returned whole, as its server expects.
 */
import { ResourceValidationArgs, unknownCheckingProxy } from "@pulumi/policy";
import { isPlainObject } from "../core/values";
import { isSecretObject, unknownValue } from "../core/wire";
import { lookupType } from "./model";
import { defaultsOf } from "./options";
import { FixChange, ResourcePolicyDefinition, resourceValidation, undecidedReasons } from "./policy";
import { fixVersionsLack } from "./fix-versions";
import { isUnknownError } from "./values";

class NotApplicable extends Error {
    constructor(readonly reason: string) {
        super(reason);
    }
}

/**
 * Does the check report on these props? A check that reports and could not decide the rest (a value unknown at
 * preview) still reports; one whose violations were held back for an older API version, or that failed, does not.
 */
function checkReports(def: ResourcePolicyDefinition, args: ResourceValidationArgs): boolean {
    let reported = false;
    try {
        resourceValidation(def)({ ...args, notApplicable: (reason?: string) => { throw new NotApplicable(reason ?? ""); } },
            () => { reported = true; });
    } catch (e) {
        if (e instanceof NotApplicable) {
            return reported && e.reason.startsWith(undecidedReasons.unknown);
        }
        throw e;
    }
    return reported;
}

/**
 * The changes `def`'s fix makes to a resource of type `token` with these props and config (defaults filled in),
 * or undefined when it has none for that type, its version lacks an input the fix sets, or the changes cannot be
 * worked out (they read a value unknown at preview).
 */
export function fixChanges(def: ResourcePolicyDefinition, token: string, props: Record<string, unknown>,
    config: Record<string, unknown>): readonly FixChange[] | undefined {
    const type = lookupType(token);
    const fix = type && def.fixes.get(type);
    if (!fix) {
        return undefined;
    }
    let changes: readonly FixChange[];
    try {
        changes = typeof fix === "function" ? fix(props, config) : fix;
    } catch (e) {
        if (isUnknownError(e)) {
            return undefined;
        }
        throw e;
    }
    const lacks = fixVersionsLack[token] ?? [];
    if (changes.length === 0 || changes.some((c) => lacks.includes(c.path.split(".")[0]))) {
        return undefined;
    }
    return changes;
}

/** Sets each change on `props` in place; false, and nothing set, if a path runs through a value that is not an object. */
export function applyChanges(props: Record<string, unknown>, changes: readonly FixChange[]): boolean {
    // First make sure every path can be set, so that a fix is made whole or not at all.
    for (const { path } of changes) {
        let at: unknown = props;
        for (const key of path.split(".").slice(0, -1)) {
            const next: unknown = (at as Record<string, unknown>)[key];
            if (next === undefined || next === null) {
                break; // created below
            }
            if (!isPlainObject(next)) {
                return false;
            }
            at = next;
        }
    }
    for (const { path, value } of changes) {
        const keys = path.split(".");
        let at = props;
        for (const key of keys.slice(0, -1)) {
            if (at[key] === undefined || at[key] === null) {
                at[key] = {};
            }
            at = at[key] as Record<string, unknown>;
        }
        at[keys[keys.length - 1]] = value;
    }
    return true;
}

/** The function @pulumi/policy calls as the policy's `remediateResource`. */
export function resourceRemediation(def: ResourcePolicyDefinition) {
    const defaults = defaultsOf(def.config);
    return (args: ResourceValidationArgs): Record<string, unknown> | undefined => {
        const type = lookupType(args.type);
        if (!type || !def.fixes.has(type) || !checkReports(def, args)) {
            return undefined;
        }
        const config: Record<string, unknown> = { ...defaults, ...args.getConfig() };
        const props = args.props as Record<string, unknown>;
        try {
            const changes = fixChanges(def, args.type, props, config);
            return changes && applyChanges(props, changes) ? props : undefined;
        } catch (e) {
            if (isUnknownError(e)) {
                return undefined; // a path through a value unknown at preview: left as it is
            }
            // A fix that throws (a bug, or input it did not foresee) leaves the resource as it is, and validation
            // still reports it; an error here would fail the whole preview. One line, naming no value.
            const kind = e instanceof Error ? e.name : typeof e;
            process.stderr.write(`azure-srm: policy ${def.name} on ${args.name} (${args.type}): the fix failed with ${kind}; ` +
                "this is a bug in the policy, the resource was left as it is\n");
            return undefined;
        }
    };
}

/**
 * What the fix would change on a resource the policy reported, from its inputs as the engine sends them (unknowns
 * as the sentinel, secrets as secret objects): for reports (`scan --format json`), so a reviewer sees what
 * `remediate` would do. Undefined where the fix would not apply; a fix that would read a secret or an unknown value
 * to work out its changes is not shown. The values are the policy's own constants or options, never the resource's.
 */
export function proposedFix(def: ResourcePolicyDefinition, token: string, wireProps: Record<string, unknown>,
    config: Record<string, unknown>): readonly FixChange[] | undefined {
    const plain = JSON.parse(JSON.stringify(wireProps, (_k, v) => isSecretObject(v) ? unknownValue : v)) as Record<string, unknown>;
    const settings = { ...defaultsOf(def.config), ...config };
    const changes = fixChanges(def, token, unknownCheckingProxy(plain), settings);
    try {
        return changes && applyChanges(unknownCheckingProxy(plain), changes) ? changes : undefined;
    } catch (e) {
        if (isUnknownError(e)) {
            return undefined;
        }
        throw e;
    }
}
