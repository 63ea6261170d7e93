/**
 * Reads a `pulumi stack export` file (deployment versions 3 and 4) into the resources the engine would analyze.
 * A malformed export is refused before the pack starts, with one InputError naming the file and the resource
 * (by index, and by URN or type where it has them), never a property's value: values may be secrets.
 */
import { InputError } from "../core/errors";
import { readJsonFile } from "../core/files";
import type { EngineResource } from "../core/types";
import { isSecretObject, secret, unknownValue } from "../core/wire";

/** What each resource's own checks (Analyze) are given. */
export const propertySources = ["inputs", "outputs"] as const;
export type PropertySource = typeof propertySources[number];

export function isPropertySource(s: string): s is PropertySource {
    return (propertySources as readonly string[]).includes(s);
}

export interface StackExportOptions {
    /**
     * `inputs` (the default): each resource's checks see its recorded inputs, as `pulumi preview`, `pulumi up` and
     * `pulumi policy analyze` send them; stack policies see its outputs where recorded. `outputs`: every check sees
     * the deployed state, as Pulumi Cloud's audit policies do; a resource whose export records no outputs (never
     * deployed, or written by hand) is evaluated on its inputs, and `onWarning` is told so once.
     */
    properties?: PropertySource;
    onWarning?: (message: string) => void;
}

/**
 * The deepest a resource's inputs or outputs may nest objects and arrays, the properties object itself being
 * level 1. Measured (Node.js 20, @pulumi/policy 1.21): properties nesting objects 1,081 levels deep (arrays 2,053)
 * overflow the stack of the pack's gRPC request decoder, 1,080 (2,052) do not; `pulumi policy analyze` (CLI
 * v3.274.1) then fails with "Error deserializing request", and this tool would end as "the pack failed" naming no
 * file. Azure's own documents nest a few dozen levels, so a quarter of the pack's limit is room enough, and leaves
 * margin for a smaller stack (another Node.js version, deeper frames per level). tests/cli/scan.test.ts scans a
 * resource at this limit through the pack.
 */
export const maxNestingDepth = 256;

/**
 * Whether `v` nests objects and arrays more than `levels` deep (a scalar is 0 deep, `{}` 1). Iterative, so it can
 * be asked of any value JSON.parse returns (which parses any depth).
 */
export function nestsDeeperThan(v: unknown, levels: number): boolean {
    const pending: [unknown, number][] = [[v, 1]];
    while (pending.length > 0) {
        const [x, level] = pending.pop()!;
        if (x !== null && typeof x === "object") {
            if (level > levels) {
                return true;
            }
            for (const child of Object.values(x)) {
                pending.push([child, level + 1]);
            }
        }
    }
    return false;
}

/**
 * Secrets: a decrypted export (`--show-secrets`) carries the plaintext, which the policies may read like any
 * value (they never print values); an encrypted one carries only ciphertext, whose value is treated as unknown,
 * so a policy that needs it says "cannot decide yet" instead of guessing. Either is passed on as the engine sends
 * a secret (`{ [sigKey]: sig.secret, value }`, the value one level below the secret), so that a policy can tell
 * it was a secret (the kit's isSecret). `level` is the nesting level `v` sits at; the value is already known to be
 * shallow enough, except a plaintext, which is measured before it is opened, so this recursion never goes deeper
 * than `maxNestingDepth`.
 */
function reveal(v: unknown, level: number, tooDeep: () => never): unknown {
    if (Array.isArray(v)) {
        return v.map((x) => reveal(x, level + 1, tooDeep));
    }
    if (v !== null && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (isSecretObject(o)) {
            if (typeof o.plaintext === "string") {
                let parsed: unknown;
                try {
                    parsed = JSON.parse(o.plaintext);
                } catch {
                    return secret(o.plaintext);
                }
                // The plaintext's value goes one level below the secret.
                if (nestsDeeperThan(parsed, maxNestingDepth - level)) {
                    tooDeep();
                }
                return secret(reveal(parsed, level + 1, tooDeep));
            }
            return secret("value" in o ? reveal(o.value, level + 1, tooDeep) : unknownValue);
        }
        return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, reveal(x, level + 1, tooDeep)]));
    }
    return v;
}

/** What a value is, for a message that must not print it. */
function kindOf(v: unknown): string {
    return v === null ? "null" : Array.isArray(v) ? "an array" : isSecretObject(v) ? "a secret value"
        : typeof v === "object" ? "an object" : `a ${typeof v}`;
}

/** A string from the file, quoted on one line and cut short, for a message. */
function quoted(s: string): string {
    return JSON.stringify(s.length > 200 ? `${s.slice(0, 200)}...` : s);
}

interface ParsedUrn {
    stack: string;
    project: string;
    /** The resource's own type: the last `$`-separated part of the qualified type. */
    type: string;
    name: string;
}

const urnPrefix = "urn:pulumi:";
/** tokens.IsName, which Pulumi requires of a URN's stack and project. */
const pulumiName = /^[A-Za-z0-9_.-]+$/;

/**
 * `urn:pulumi:<stack>::<project>::<parent type>$<type>::<name>`, split as Pulumi splits it (resource.URN): the name
 * is everything after the third `::`, so it may itself contain `::`. Undefined when it is not a URN.
 */
function parseUrn(urn: string): ParsedUrn | undefined {
    if (!urn.startsWith(urnPrefix)) {
        return undefined;
    }
    const rest = urn.slice(urnPrefix.length);
    const parts: string[] = [];
    let from = 0;
    for (let i = 0; i < 3; i++) {
        const at = rest.indexOf("::", from);
        if (at < 0) {
            return undefined;
        }
        parts.push(rest.slice(from, at));
        from = at + 2;
    }
    const [stack, project, qualifiedType] = parts;
    const name = rest.slice(from);
    const types = qualifiedType.split("$");
    if (!pulumiName.test(stack) || !pulumiName.test(project) || types.some((t) => t === "") || name === "") {
        return undefined;
    }
    return { stack, project, type: types[types.length - 1], name };
}

/** Resources the engine never sends to an analyzer. */
function notAnalyzed(r: { type: string; delete?: unknown }): boolean {
    // A resource pending deletion ("delete": true) is the old half of a replacement, or a deletion that failed: the
    // next update deletes it. What a preview analyzes is the resource replacing it, under the same URN.
    return r.type === "pulumi:pulumi:Stack" || r.type.startsWith("pulumi:providers:") || r.delete === true;
}

const supportedVersions = [3, 4];

export function readStackExport(file: string, options: StackExportOptions = {}): EngineResource[] {
    const doc = readJsonFile(file, "");
    const resources = doc?.deployment?.resources;
    // Version 3, and 4, which the CLI writes when newer state features are used (the same resource shape);
    // an empty stack's export has no resources at all.
    const versioned = typeof doc?.version === "number" && typeof doc?.deployment === "object" && doc.deployment !== null;
    if (versioned && !supportedVersions.includes(doc.version)) {
        throw new InputError(`${file}: stack export version ${doc.version} is not supported; this tool reads ` +
            `versions ${supportedVersions.join(" and ")}`);
    }
    if (!versioned || !(resources === undefined || Array.isArray(resources))) {
        throw new InputError(`${file} is not a \`pulumi stack export\` file: expected {"version": 3, ` +
            `"deployment": {"resources": [...]}}`);
    }
    const fromOutputs = options.properties === "outputs";
    /** URN -> index of the resource with it that is not pending deletion (Pulumi allows at most one). */
    const live = new Map<string, number>();
    const onInputs: string[] = [];
    const out: EngineResource[] = [];
    (resources as unknown[] ?? []).forEach((entry, i) => {
        const at = `deployment.resources[${i}]`;
        if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
            throw new InputError(`${file}: ${at} is ${kindOf(entry)}, not a resource`);
        }
        const r = entry as Record<string, any>;
        if (typeof r.type !== "string" || r.type === "") {
            throw new InputError(`${file}: ${at}${typeof r.urn === "string" ? ` (${quoted(r.urn)})` : ""} has no type`);
        }
        if (typeof r.urn !== "string") {
            throw new InputError(`${file}: ${at} (type ${quoted(r.type)}) has no urn`);
        }
        const bad = (problem: string) => new InputError(`${file}: ${at} (${quoted(r.urn)}): ${problem}`);
        const urn = parseUrn(r.urn);
        if (!urn) {
            throw bad("its URN is not of the form urn:pulumi:<stack>::<project>::<type>::<name>");
        }
        // The report names a resource's type from its URN and the policies match on `type`: the engine writes
        // both from one token, so a disagreement means an edited file, and one of the two would be wrong.
        if (urn.type !== r.type) {
            throw bad(`its type ${quoted(r.type)} is not the type its URN names (${quoted(urn.type)})`);
        }
        if (r.delete !== true) {
            const first = live.get(r.urn);
            if (first !== undefined) {
                throw bad(`deployment.resources[${first}] has the same URN; only resources pending deletion ` +
                    "(\"delete\": true) may share a URN with another");
            }
            live.set(r.urn, i);
        }
        for (const key of ["inputs", "outputs"]) {
            const v = r[key];
            if (v !== undefined && v !== null && (typeof v !== "object" || Array.isArray(v) || isSecretObject(v))) {
                throw bad(`its ${key} is ${kindOf(v)}, not an object of properties`);
            }
        }
        if (r.parent !== undefined && r.parent !== null && typeof r.parent !== "string") {
            throw bad(`its parent is ${kindOf(r.parent)}, not a URN`);
        }
        const urnList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === "string");
        if (r.dependencies !== undefined && r.dependencies !== null && !urnList(r.dependencies)) {
            throw bad("its dependencies are not a list of URNs");
        }
        const propertyDependencies = r.propertyDependencies ?? {};
        if (typeof propertyDependencies !== "object" || Array.isArray(propertyDependencies) ||
            !Object.values(propertyDependencies).every((v) => v === null || urnList(v))) {
            throw bad("its propertyDependencies are not an object of lists of URNs");
        }
        if (notAnalyzed(r as { type: string; delete?: unknown })) {
            return;
        }
        const properties = (key: "inputs" | "outputs"): Record<string, unknown> | undefined => {
            const v = r[key] as Record<string, unknown> | null | undefined;
            if (v === undefined || v === null || Object.keys(v).length === 0) {
                return undefined;
            }
            // Only the top-level property is named: it is the schema's, while nested keys may be data.
            return Object.fromEntries(Object.entries(v).map(([name, x]) => {
                const tooDeep = (): never => {
                    throw bad(`its ${key}.${name} nests objects and arrays more than ${maxNestingDepth} levels deep ` +
                        `(counting ${key} itself), more than this tool reads`);
                };
                if (nestsDeeperThan(x, maxNestingDepth - 1)) {
                    tooDeep();
                }
                return [name, reveal(x, 2, tooDeep)];
            }));
        };
        const inputs = properties("inputs") ?? {};
        const outputs = properties("outputs");
        if (fromOutputs && outputs === undefined && Object.keys(inputs).length > 0) {
            onInputs.push(urn.name);
        }
        out.push({
            urn: r.urn,
            type: r.type,
            name: urn.name,
            props: fromOutputs ? outputs ?? inputs : inputs,
            // A deployed stack's outputs are what `pulumi policy analyze` gives stack policies; an export of a
            // stack never deployed (or written by hand) has none, and its inputs stand in.
            ...(outputs !== undefined ? { outputs } : {}),
            parent: typeof r.parent === "string" && r.parent !== "" ? r.parent : undefined,
            dependencies: r.dependencies ?? [],
            propertyDependencies: Object.fromEntries(Object.entries(propertyDependencies)
                .map(([k, v]) => [k, (v ?? []) as string[]])),
        });
    });
    if (onInputs.length > 0) {
        const shown = onInputs.slice(0, 5).join(", ") + (onInputs.length > 5 ? ` and ${onInputs.length - 5} more` : "");
        options.onWarning?.(`${file} records no outputs for ${onInputs.length} resource(s) (not deployed, or written ` +
            `by hand): they are evaluated on their inputs instead: ${shown}`);
    }
    return out;
}
