/**
 * Policy pack config as the Pulumi CLI handles it before it calls the pack's Configure, ported from pulumi/pulumi
 * pkg/resource/analyzer/config.go:
 *
 * - `parsePolicyPackConfig`: the JSON of `--policy-pack-config` (LoadPolicyPackConfigFromFile). Each key is a
 *   policy name or "all"; its value is an enforcement level or an object with an optional `enforcementLevel` and
 *   the policy's options. Empty entries are dropped.
 * - `reconcilePolicyPackConfig` (ReconcilePolicyPackConfig): every policy's advertised level and schema defaults,
 *   then the pack's initial config, then the given config ("all" first, then per policy; a key that names no
 *   policy is kept and sent, as the CLI does), then each policy's options validated against its config schema.
 *
 * The CLI validates with gojsonschema against `{ type: "object", properties, required }`. `validateJsonSchema`
 * implements the part of JSON schema that policy config schemas use (see `supportedKeywords`); a schema using
 * anything else is reported, not silently accepted. Messages follow gojsonschema's wording.
 */

import { PolicyConfigError } from "../core/errors";
import { isPlainObject } from "../core/values";
import type { EnforcementLevel } from "../core/wire";

export type { EnforcementLevel };
export const enforcementLevels: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

export function isEnforcementLevel(v: unknown): v is EnforcementLevel {
    return typeof v === "string" && (enforcementLevels as readonly string[]).includes(v);
}

/** One entry of a policy config: either part may be absent. */
export interface PolicyConfigEntry {
    enforcementLevel?: EnforcementLevel;
    properties?: Record<string, unknown>;
}

/** One entry of a reconciled config, as sent in Configure. */
export interface ResolvedPolicyConfig {
    enforcementLevel: EnforcementLevel;
    properties: Record<string, unknown>;
}

export type JsonSchema = Record<string, unknown>;

export interface PolicyConfigSchema {
    properties?: Record<string, JsonSchema>;
    required?: string[];
}

/** What reconciliation needs to know about a policy (from GetAnalyzerInfo). */
export interface ConfigurablePolicy {
    name: string;
    enforcementLevel: EnforcementLevel;
    configSchema?: PolicyConfigSchema;
}


function describe(v: unknown): string {
    return JSON.stringify(v) ?? String(v);
}

/** Parses `--policy-pack-config` JSON (already JSON.parse'd, or the text). Throws PolicyConfigError. */
export function parsePolicyPackConfig(input: unknown): Map<string, PolicyConfigEntry> {
    let doc = input;
    if (typeof input === "string") {
        if (input.trim() === "") {
            return new Map(); // the CLI accepts an empty file
        }
        try {
            doc = JSON.parse(input);
        } catch (e) {
            throw new PolicyConfigError(`policy config is not JSON: ${(e as Error).message}`);
        }
    }
    if (doc === undefined || doc === null) {
        return new Map();
    }
    if (!isPlainObject(doc)) {
        throw new PolicyConfigError(`policy config must be a JSON object of policy names; got ${describe(doc)}`);
    }
    const out = new Map<string, PolicyConfigEntry>();
    for (const [key, value] of Object.entries(policiesOf(doc))) {
        let entry: PolicyConfigEntry;
        if (typeof value === "string") {
            if (!isEnforcementLevel(value)) {
                throw new PolicyConfigError(`policy config "${key}": ${describe(value)} is not a valid enforcement ` +
                    `level; use one of ${enforcementLevels.join(", ")}`);
            }
            entry = { enforcementLevel: value };
        } else if (isPlainObject(value)) {
            const { enforcementLevel, ...properties } = value;
            if (enforcementLevel !== undefined && !isEnforcementLevel(enforcementLevel)) {
                throw new PolicyConfigError(`policy config "${key}.enforcementLevel": ${describe(enforcementLevel)} is not ` +
                    `a valid enforcement level; use one of ${enforcementLevels.join(", ")}`);
            }
            entry = {
                ...(enforcementLevel !== undefined ? { enforcementLevel } : {}),
                ...(Object.keys(properties).length > 0 ? { properties } : {}),
            };
        } else {
            throw new PolicyConfigError(`policy config "${key}": ${describe(value)} is not a valid value; it must be ` +
                "an enforcement level or an object");
        }
        if (entry.enforcementLevel !== undefined || entry.properties !== undefined) {
            out.set(key, entry);
        }
    }
    return out;
}

/**
 * The policies part of a config file, in either of the CLI's forms (pkg/resource/analyzer/config.go): unversioned,
 * policy names at the top beside an optional "environments" list; or version 2, `{"version": 2, "policies":
 * {...}, "environments": [...], "exceptions": {...}}`. ESC environments are the CLI's to resolve (a scan warns
 * that it cannot). Exceptions are validated here as the CLI validates them on loading (a malformed one fails the
 * whole file, under the CLI too); the pack never sees them, and a scan applies them to its findings
 * (`policyConfigExceptions`).
 */
function policiesOf(doc: Record<string, unknown>): Record<string, unknown> {
    const environments = doc.environments;
    if (environments !== undefined && !(Array.isArray(environments) && environments.every((e) => typeof e === "string"))) {
        throw new PolicyConfigError(`policy config "environments" must be a list of ESC environment names; got ${describe(environments)}`);
    }
    if (typeof doc.version !== "number") {
        const { environments: _environments, ...policies } = doc;
        return policies;
    }
    if (doc.version > 2) {
        throw new PolicyConfigError(`policy config version ${doc.version} is not supported; this pack reads the ` +
            "unversioned form and version 2");
    }
    if (doc.version !== 2) {
        throw new PolicyConfigError(`policy config "version" must be 2; got ${describe(doc.version)}`);
    }
    const policies = doc.policies ?? {};
    if (!isPlainObject(policies)) {
        throw new PolicyConfigError(`policy config "policies" must be a JSON object of policy names; got ${describe(policies)}`);
    }
    parsePolicyExceptions(doc.exceptions);
    return policies;
}

/**
 * One policy exception of a version 2 config file, as the Pulumi CLI reads it (v3.274.1,
 * pkg/resource/analyzer/exceptions.go): it exempts the violations of any of `match[i].policies` reported against
 * any of `match[i].targets`, compared exactly (policy names as the pack reports them, not qualified by the pack;
 * URNs character for character, no globs).
 */
export interface PolicyException {
    id: string;
    reason: string;
    match: { policies: string[]; targets: string[] }[];
    /**
     * Not read by the CLI, which ignores fields it does not know in an exception (it decodes only `reason` and
     * `match`): Pulumi Cloud's name for when an exception ends (its PolicyException.expiresAt, RFC 3339). A scan
     * warns about one that has passed, and still applies it, as the CLI does.
     */
    expiresAt?: string;
}

/** The exception ids the CLI takes: tokens.IsName, `[A-Za-z0-9_.-]+`. */
export function isPolicyExceptionId(id: string): boolean {
    return /^[A-Za-z0-9_.-]+$/.test(id);
}

/** A URN as the CLI's resource.ParseURN takes it: the `urn:pulumi:` prefix and at least three `::`. */
export function isValidUrn(s: string): boolean {
    return s.startsWith("urn:pulumi:") && s.split("::").length - 1 >= 3;
}

/**
 * Exception ids in the CLI's order (compareExceptionIDs): runs of digits compare as numbers, so EXC-2 comes before
 * EXC-10; ids that differ only in leading zeros compare byte by byte.
 */
export function compareExceptionIds(a: string, b: string): number {
    const runs = (s: string) => s.match(/\d+|\D+/g) ?? [];
    const ra = runs(a);
    const rb = runs(b);
    for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
        const [x, y] = [ra[i], rb[i]];
        if (/^\d/.test(x) && /^\d/.test(y)) {
            const [nx, ny] = [x.replace(/^0+/, ""), y.replace(/^0+/, "")];
            if (nx.length !== ny.length) {
                return nx.length - ny.length;
            }
            if (nx !== ny) {
                return nx < ny ? -1 : 1;
            }
        } else if (x !== y) {
            return x < y ? -1 : 1;
        }
    }
    if (ra.length !== rb.length) {
        return ra.length - rb.length;
    }
    return a === b ? 0 : a < b ? -1 : 1;
}

/** Why one exception is malformed, in the CLI's words (parsePolicyException), or undefined. */
function exceptionProblem(id: string, raw: unknown): string | undefined {
    if (!isPolicyExceptionId(id)) {
        return "the ID must be non-empty and contain only letters, digits, '-', '.' and '_'";
    }
    if (!isPlainObject(raw)) {
        return "must be an object";
    }
    if (raw.match !== undefined && raw.match !== null && !Array.isArray(raw.match)) {
        return "\"match\" must be a list of {\"policies\", \"targets\"} entries";
    }
    const match = (raw.match ?? []) as unknown[];
    const notObject = match.findIndex((m) => !isPlainObject(m));
    if (notObject >= 0) {
        return `match[${notObject}]: must be an object`;
    }
    if (raw.reason !== undefined && raw.reason !== null && typeof raw.reason !== "string") {
        return "\"reason\" must be a string";
    }
    if (typeof raw.reason !== "string" || raw.reason.trim() === "") {
        return "\"reason\" is required";
    }
    if (match.length === 0) {
        return "\"match\" must list at least one {\"policies\", \"targets\"} entry";
    }
    for (const [i, m] of (match as Record<string, unknown>[]).entries()) {
        const strings = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.every((x) => typeof x === "string"));
        if (!strings(m.policies) || !strings(m.targets)) {
            return `match[${i}]: "policies" and "targets" must be lists of strings`;
        }
        const policies = (m.policies ?? []) as string[];
        const targets = (m.targets ?? []) as string[];
        if (policies.length === 0) {
            return `match[${i}]: "policies" must list at least one policy`;
        }
        if (policies.includes("")) {
            return `match[${i}]: "policies" can't contain an empty name`;
        }
        if (policies.includes("all")) {
            return `match[${i}]: "policies" must name policies; "all" isn't allowed`;
        }
        if (targets.length === 0) {
            return `match[${i}]: "targets" must list at least one URN`;
        }
        const bad = targets.find((t) => !isValidUrn(t));
        if (bad !== undefined) {
            // A URN names a resource, never a property value, so it may be quoted.
            return `match[${i}]: target ${describe(bad)} is not a valid URN (urn:pulumi:<stack>::<project>::<type>::<name>)`;
        }
    }
    return undefined;
}

/**
 * The exceptions of a config file's `exceptions` value, validated as the CLI validates them
 * (parsePolicyExceptionsBlock) and in its order; absent or null is none. Every malformed entry is reported, in one
 * PolicyConfigError naming each: `policy exception "<id>": <problem>`.
 */
export function parsePolicyExceptions(block: unknown): PolicyException[] {
    if (block === undefined || block === null) {
        return [];
    }
    if (!isPlainObject(block)) {
        throw new PolicyConfigError("policy config \"exceptions\" must be an object that maps exception IDs to exceptions");
    }
    const problems: string[] = [];
    const out: PolicyException[] = [];
    for (const id of Object.keys(block).sort(compareExceptionIds)) {
        const raw = block[id];
        const problem = exceptionProblem(id, raw);
        if (problem !== undefined) {
            problems.push(`policy exception ${describe(id)}: ${problem}`);
            continue;
        }
        const e = raw as Record<string, unknown>;
        out.push({
            id,
            reason: e.reason as string,
            match: (e.match as Record<string, string[]>[]).map((m) => ({ policies: [...m.policies], targets: [...m.targets] })),
            ...(typeof e.expiresAt === "string" ? { expiresAt: e.expiresAt } : {}),
        });
    }
    if (problems.length > 0) {
        throw new PolicyConfigError(`invalid policy config: ${problems.join("; ")}`, problems);
    }
    return out;
}

/** The exceptions of a config file (parsed JSON): a version 2 file's `exceptions`; an unversioned file has none. */
export function policyConfigExceptions(doc: unknown): PolicyException[] {
    return isPlainObject(doc) && doc.version === 2 ? parsePolicyExceptions(doc.exceptions) : [];
}

/**
 * The exceptions that exempt a violation of `policy` reported against `urn`, lowest id first, as the CLI's
 * PolicyExceptions.Match: a match entry applies when it lists the policy and the URN, both exactly.
 */
export function matchPolicyExceptions(exceptions: readonly PolicyException[], policy: string, urn: string): PolicyException[] {
    return exceptions.filter((e) => e.match.some((m) => m.policies.includes(policy) && m.targets.includes(urn)));
}

/**
 * `matchPolicyExceptions` over a fixed set, through an index of its (policy, target) pairs: the same answer, in
 * time independent of the number of exceptions (a baseline holds one per violation of the estate).
 */
export function policyExceptionMatcher(exceptions: readonly PolicyException[]): (policy: string, urn: string) => PolicyException[] {
    const index = new Map<string, PolicyException[]>();
    for (const e of exceptions) {
        for (const m of e.match) {
            for (const p of m.policies) {
                for (const t of m.targets) {
                    const key = `${p}\n${t}`;
                    const list = index.get(key) ?? [];
                    if (list[list.length - 1] !== e) {
                        list.push(e);
                    }
                    index.set(key, list);
                }
            }
        }
    }
    return (policy, urn) => [...(index.get(`${policy}\n${urn}`) ?? [])];
}

/** The CLI's warning for each policy an exception names that the pack lacks (UnknownPolicyWarnings): not an error. */
export function unknownExceptionPolicies(exceptions: readonly PolicyException[], packName: string,
    policies: readonly string[]): string[] {
    const warnings: string[] = [];
    for (const e of exceptions) {
        for (const name of new Set(e.match.flatMap((m) => m.policies))) {
            if (!policies.includes(name)) {
                warnings.push(`policy exception "${e.id}" for policy pack "${packName}" names policy "${name}", which isn't in the pack`);
            }
        }
    }
    return warnings;
}

/** The ESC environments a config file names, which only the Pulumi CLI can resolve. */
export function policyConfigEnvironments(doc: unknown): string[] {
    const environments = isPlainObject(doc) ? doc.environments : undefined;
    return Array.isArray(environments) ? environments.filter((e): e is string => typeof e === "string") : [];
}

function applyConfig(result: Map<string, ResolvedPolicyConfig>, config: ReadonlyMap<string, PolicyConfigEntry>): void {
    const all = config.get("all")?.enforcementLevel;
    if (all) {
        for (const v of result.values()) {
            v.enforcementLevel = all;
        }
    }
    for (const [name, given] of config) {
        const current = result.get(name);
        // A key naming no policy (including "all") is kept and sent, as the CLI does; reconcile has checked it has a level.
        const entry: ResolvedPolicyConfig = current ?? { enforcementLevel: given.enforcementLevel!, properties: {} };
        if (given.enforcementLevel) {
            entry.enforcementLevel = given.enforcementLevel;
        }
        entry.properties = { ...entry.properties, ...given.properties };
        result.set(name, entry);
    }
}

export interface Reconciled {
    config: Map<string, ResolvedPolicyConfig>;
    /** Keys of the given config that name no policy of the pack (besides "all"): the CLI sends them and says nothing. */
    unknownPolicies: string[];
}

/**
 * Defaults, initial config, given config, then validation; throws one PolicyConfigError listing every problem as
 * `policy "<name>": <problem>`.
 */
export function reconcilePolicyPackConfig(policies: readonly ConfigurablePolicy[],
    initialConfig: ReadonlyMap<string, PolicyConfigEntry> | undefined,
    config: ReadonlyMap<string, PolicyConfigEntry> | undefined): Reconciled {
    const known = new Set(policies.map((p) => p.name));
    for (const source of [initialConfig, config]) {
        for (const [name, given] of source ?? []) {
            // The CLI would send this entry with an empty level, and its Configure fails: invalid enforcement level "".
            if (!known.has(name) && !given.enforcementLevel) {
                throw new PolicyConfigError(`policy config "${name}": ${name === "all" ? "\"all\" takes only an " +
                    "enforcement level" : "the pack has no policy of that name"}, and the entry sets no enforcementLevel ` +
                    "(pulumi preview fails on it with: invalid enforcement level \"\")");
            }
        }
    }
    const result = new Map<string, ResolvedPolicyConfig>();
    for (const p of policies) {
        const properties: Record<string, unknown> = {};
        for (const [k, schema] of Object.entries(p.configSchema?.properties ?? {})) {
            if (isPlainObject(schema) && "default" in schema) {
                properties[k] = structuredClone(schema.default);
            }
        }
        result.set(p.name, { enforcementLevel: p.enforcementLevel, properties });
    }
    if (initialConfig) {
        applyConfig(result, initialConfig);
    }
    if (config) {
        applyConfig(result, config);
    }

    const problems: string[] = [];
    for (const p of policies) {
        if (!p.configSchema) {
            continue;
        }
        const objectSchema: JsonSchema = { type: "object", properties: p.configSchema.properties ?? {} };
        if (p.configSchema.required?.length) {
            objectSchema.required = p.configSchema.required;
        }
        for (const problem of validateJsonSchema(objectSchema, result.get(p.name)?.properties ?? {})) {
            problems.push(`policy "${p.name}": ${problem}`);
        }
    }
    if (problems.length > 0) {
        throw new PolicyConfigError(`invalid policy config: ${problems.join("; ")}`, problems);
    }
    return { config: result, unknownPolicies: [...(config?.keys() ?? [])].filter((k) => k !== "all" && !known.has(k)) };
}

/** Keywords `validateJsonSchema` checks, and keywords that only annotate. Anything else is reported. */
const supportedKeywords = new Set(["type", "enum", "const", "items", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "properties",
    "required", "additionalProperties", "multipleOf"]);
const annotations = new Set(["description", "default", "title", "examples", "$comment", "readOnly", "writeOnly",
    "deprecated", "format"]);

function typeOf(v: unknown): string {
    if (v === null) {
        return "null";
    }
    if (Array.isArray(v)) {
        return "array";
    }
    if (typeof v === "number") {
        return Number.isInteger(v) ? "integer" : "number";
    }
    return typeof v; // string, boolean, object
}

function matchesType(v: unknown, type: string): boolean {
    const actual = typeOf(v);
    return actual === type || (type === "number" && actual === "integer");
}

function deepEqual(a: unknown, b: unknown): boolean {
    return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Problems with `value` under `schema`, each prefixed with its path (`minimumDays: ...`, `tags.1: ...`); the root
 * has no prefix, as the CLI trims gojsonschema's "(root): ".
 */
export function validateJsonSchema(schema: JsonSchema, value: unknown, path = ""): string[] {
    const at = (msg: string) => (path ? `${path}: ${msg}` : msg);
    const problems: string[] = [];
    for (const key of Object.keys(schema)) {
        if (!supportedKeywords.has(key) && !annotations.has(key)) {
            problems.push(at(`the config schema uses "${key}", which this harness does not check; ` +
                "extend lib/engine/policy-config.ts before relying on it"));
        }
    }
    if (schema.type !== undefined) {
        const types = Array.isArray(schema.type) ? schema.type as string[] : [schema.type as string];
        if (!types.some((t) => matchesType(value, t))) {
            return [...problems, at(`Invalid type. Expected: ${types.join(", ")}, given: ${typeOf(value)}`)];
        }
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((e) => deepEqual(e, value))) {
        problems.push(at(`must be one of the following: ${schema.enum.map((e) => describe(e)).join(", ")}; ` +
            `got ${describe(value)}`));
    }
    if ("const" in schema && !deepEqual(schema.const, value)) {
        problems.push(at(`must be ${describe(schema.const)}; got ${describe(value)}`));
    }
    if (typeof value === "number") {
        if (typeof schema.minimum === "number" && value < schema.minimum) {
            problems.push(at(`Must be greater than or equal to ${schema.minimum}`));
        }
        if (typeof schema.maximum === "number" && value > schema.maximum) {
            problems.push(at(`Must be less than or equal to ${schema.maximum}`));
        }
        if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) {
            problems.push(at(`Must be greater than ${schema.exclusiveMinimum}`));
        }
        if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) {
            problems.push(at(`Must be less than ${schema.exclusiveMaximum}`));
        }
        if (typeof schema.multipleOf === "number" && !Number.isInteger(value / schema.multipleOf)) {
            problems.push(at(`Must be a multiple of ${schema.multipleOf}`));
        }
    }
    if (typeof value === "string") {
        const length = [...value].length;
        if (typeof schema.minLength === "number" && length < schema.minLength) {
            problems.push(at(`String length must be greater than or equal to ${schema.minLength}`));
        }
        if (typeof schema.maxLength === "number" && length > schema.maxLength) {
            problems.push(at(`String length must be less than or equal to ${schema.maxLength}`));
        }
        if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) {
            problems.push(at(`Does not match pattern '${schema.pattern}'`));
        }
    }
    if (Array.isArray(value)) {
        if (typeof schema.minItems === "number" && value.length < schema.minItems) {
            problems.push(at(`Array must have at least ${schema.minItems} items`));
        }
        if (typeof schema.maxItems === "number" && value.length > schema.maxItems) {
            problems.push(at(`Array must have at most ${schema.maxItems} items`));
        }
        if (schema.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) {
            problems.push(at("array items must be unique"));
        }
        if (isPlainObject(schema.items)) {
            value.forEach((item, i) => problems.push(...validateJsonSchema(schema.items as JsonSchema, item,
                path ? `${path}.${i}` : String(i))));
        }
    }
    if (isPlainObject(value)) {
        const properties = isPlainObject(schema.properties) ? schema.properties as Record<string, JsonSchema> : {};
        for (const name of Array.isArray(schema.required) ? schema.required as string[] : []) {
            if (!(name in value)) {
                problems.push(at(`${name} is required`));
            }
        }
        for (const [name, v] of Object.entries(value)) {
            const child = path ? `${path}.${name}` : name;
            if (isPlainObject(properties[name])) {
                problems.push(...validateJsonSchema(properties[name], v, child));
            } else if (schema.additionalProperties === false) {
                problems.push(at(`Additional property ${name} is not allowed`));
            } else if (isPlainObject(schema.additionalProperties)) {
                problems.push(...validateJsonSchema(schema.additionalProperties, v, child));
            }
        }
    }
    return problems;
}
