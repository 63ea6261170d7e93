/**
 * Property-based checks every policy gets from the tester (fast-check), on inputs of two kinds:
 *
 * - fixtures mutated: each case's fixture with one value, anywhere in it, replaced by what programs and exports
 *   really carry beyond the SDK's types: null, wrong types, empty and null-filled arrays, unknowns at any depth,
 *   huge and non-ASCII strings;
 * - generated from the SDK's types: property bags for each of the policy's types, whose keys and nesting follow
 *   the azure-native `*Args` (tests/generated/arg-shapes.json, derived by scripts/arg-shapes.ts), with the
 *   enums' real values, the values the policy's own fixtures use, ARM ids, and the odd values above at every
 *   depth. The keys the fixtures set are the likeliest to be present, the others appear now and then. Half
 *   the bags are made afresh, under any token a program may use for the type (aliases, API versions, older
 *   shapes with their own inputs); half are near a case's fixture, several of its values changed at once.
 *
 * For every such input: the check never throws (nothing falls into the kit's guard), no message prints a string
 * of the input, and values sent as secrets decide exactly as the same values sent plain.
 *
 * CI runs a fixed seed. A failure prints its seed, its path and the command that replays it, of this form:
 *   AZURE_SRM_SEED=<seed> AZURE_SRM_PATH=<path> npx mocha --no-config -r ts-node/register/transpile-only \
 *     --extension ts tests/policies/<area>/<name>.test.ts --fgrep "<property>"
 * Explore further with AZURE_SRM_SEED=random AZURE_SRM_RUNS=<runs of each property, per policy type>.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { sig, sigKey } from "../lib/core/wire";
import { versionShapes } from "../lib/kit/api-versions";
import { aliasesOf, catalog, CatalogKey, lookupType } from "../lib/kit/model";
import { defaultsOf } from "../lib/kit/options";
import { PolicyDefinition, undecidedReasons } from "../lib/kit/policy";
import type { ArgShapes, Shape } from "../scripts/arg-shapes";
import type { StackTestResource, TestResource } from "./tester";

const runsFromEnvironment = process.env.AZURE_SRM_RUNS === undefined ? undefined : Number(process.env.AZURE_SRM_RUNS);

export const propertySettings: fc.Parameters<unknown> = {
    seed: process.env.AZURE_SRM_SEED === "random" ? undefined : Number(process.env.AZURE_SRM_SEED ?? 20261202),
    path: process.env.AZURE_SRM_PATH,
    numRuns: runsFromEnvironment ?? 60,
    // The assertion's own message (which property, which message printed what) in the report, not only as its cause.
    includeErrorInReport: true,
};

/**
 * Runs of the generated property: a base for the policy plus some per type it checks, so that a policy over
 * every tagged type sees each of them without the single-type policies paying for it.
 */
export function generatedRuns(types: number): number {
    return runsFromEnvironment !== undefined ? runsFromEnvironment * types : 100 + 10 * types;
}

/** Odd values, `unknownValue` standing for the tester's unknown marker. */
export function oddValues(unknownValue: () => unknown): fc.Arbitrary<unknown> {
    return fc.oneof(
        fc.constantFrom(null, undefined, [], [null], {}, { a: null }, true, false, 0, -1, 1e308, "", "*"),
        fc.integer(), fc.double(), fc.string({ maxLength: 12 }),
        fc.string({ unit: "grapheme", minLength: 6, maxLength: 12 }),
        fc.constant(hugeString),
        fc.constant(null).map(() => unknownValue()),
        fc.array(fc.oneof(fc.constant(null), fc.constant(null).map(() => unknownValue()), fc.string({ maxLength: 8 })),
            { maxLength: 3 }),
    );
}
const hugeString = "ü".repeat(6) + "x".repeat(100_000);

/** Every path of a fixture's values (object keys and array indices), the root's own keys included. */
export function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
    if (value !== null && typeof value === "object" && !isMarker(value)) {
        for (const [k, v] of Object.entries(value)) {
            const key = Array.isArray(value) ? Number(k) : k;
            out.push([...prefix, key]);
            pathsOf(v, [...prefix, key], out);
        }
    }
    return out;
}

function isMarker(v: object): boolean {
    return Object.getOwnPropertySymbols(v).length > 0;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
    return v !== null && typeof v === "object" && !Array.isArray(v) && !isMarker(v);
}

/** A deep copy that keeps the tester's unknown markers (symbol-keyed objects) as they are. */
function clone(v: unknown): unknown {
    if (Array.isArray(v)) {
        return v.map(clone);
    }
    if (v !== null && typeof v === "object" && !isMarker(v)) {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]));
    }
    return v;
}

/** `props` with the value at `path` replaced (or, at a new key beside the root's, added). */
export function replaced(props: Record<string, unknown>, path: readonly (string | number)[], value: unknown): Record<string, unknown> {
    const copy = clone(props) as Record<string, unknown>;
    let at: any = copy;
    for (const key of path.slice(0, -1)) {
        at = at[key];
    }
    at[path[path.length - 1]] = value;
    return copy;
}

/** The value as the engine sends a secret. */
export function asSecret(value: unknown): unknown {
    return value === undefined ? undefined : { [sigKey]: sig.secret, value };
}

/**
 * `props` with the values at some of its paths sent as secrets, each pick choosing one path (modulo their
 * number); a value inside one chosen is sent inside that secret, never as a secret of its own.
 */
export function withSecrets(props: Record<string, unknown>, picks: readonly number[]): Record<string, unknown> {
    const paths = pathsOf(props);
    if (paths.length === 0) {
        return props;
    }
    const chosen = new Set(picks.map((p) => JSON.stringify(paths[p % paths.length])));
    const walk = (v: unknown, at: (string | number)[]): unknown => {
        if (at.length > 0 && chosen.has(JSON.stringify(at))) {
            return asSecret(clone(v));
        }
        if (Array.isArray(v)) {
            return v.map((x, i) => walk(x, [...at, i]));
        }
        if (isPlainObject(v)) {
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...at, k])]));
        }
        return v;
    };
    return walk(props, []) as Record<string, unknown>;
}

/** Strings of 6 or more characters anywhere in a value (what a message must never contain). */
export function stringsOf(value: unknown, out: string[] = []): string[] {
    if (typeof value === "string" && value.length >= 6) {
        out.push(value);
    } else if (value !== null && typeof value === "object" && !isMarker(value)) {
        Object.values(value).forEach((v) => stringsOf(v, out));
    }
    return out;
}

export interface Verdict {
    ids: string[];
    messages: string[];
    notApplicable: string[];
    /** The check asked the kit's `isSecret` and heard yes (lib/kit/secrets.ts). */
    secretsAnswered?: boolean;
}

/** What the tester's runs return, of which a verdict keeps the message ids, the texts and the notes. */
export interface Outcome {
    records: { id: string }[];
    messages: string[];
    notApplicable: string[];
    secretsAnswered?: boolean;
}

function verdictOf(out: Outcome): Verdict {
    return { ids: out.records.map((r) => r.id), messages: out.messages, notApplicable: out.notApplicable,
        secretsAnswered: out.secretsAnswered };
}

/** The three properties, for one input: `plain` and `secret` are its verdicts sent plain and with secrets. */
export function assertProperties(vocabulary: string, input: unknown, plain: Verdict, secret: Verdict): void {
    try {
        const failed = [...plain.notApplicable, ...secret.notApplicable].filter((r) => r.startsWith(undecidedReasons.failed));
        assert.deepStrictEqual(failed, [], "a check threw on this input");
        for (const s of stringsOf(input).filter((x) => !vocabulary.includes(x))) {
            for (const m of plain.messages) {
                assert.ok(!m.includes(s), `a message prints an input string:\n${m}`);
            }
        }
        if (secret.secretsAnswered) {
            // The check asked whether a value was a secret (a literal-secret check): a secret may clear findings
            // and notes of the plain value, never add one.
            assert.ok(isSubsequence(secret.ids, plain.ids) && secret.notApplicable.length <= plain.notApplicable.length,
                `a secret value adds a finding or note the same value sent plain does not have: ${JSON.stringify(secret.ids)} ` +
                `vs ${JSON.stringify(plain.ids)}`);
        } else {
            assert.deepStrictEqual({ ids: secret.ids, notApplicable: secret.notApplicable },
                { ids: plain.ids, notApplicable: plain.notApplicable }, "a secret value decides differently from the same value sent plain");
        }
    } catch (e) {
        if (e instanceof assert.AssertionError) {
            const said = `\non this input (sent plain): ${shown(input)}`;
            e.message += said;
            e.stack = e.stack?.replace(/\n\s+at /, `${said}$&`); // fast-check reports the stack
        }
        throw e;
    }
}

/** Is `a` what is left of `b` after removing some of its items? */
function isSubsequence(a: readonly string[], b: readonly string[]): boolean {
    let j = 0;
    for (const x of b) {
        if (j < a.length && a[j] === x) {
            j++;
        }
    }
    return j === a.length;
}

/** A value as a failure shows it: JSON, unknowns as <unknown>, undefined as <undefined>, long strings shortened. */
export function shown(value: unknown): string {
    return JSON.stringify(value, (_k, v) => (v === undefined ? "<undefined>" : v !== null && typeof v === "object" && isMarker(v)
        ? "<unknown>" : typeof v === "string" && v.length > 200 ? `${v.slice(0, 20)}…(${v.length} characters)` : v));
}

/**
 * The policy's own words, which a message may contain even where an input happens to as well: its texts, and
 * the values of its options (the defaults and the case's config), which messages may print.
 */
function vocabularyOf(def: PolicyDefinition, config: object | undefined): string {
    return `${def.description} ${def.remediation} ${Object.values(def.messages).join(" ")} ` +
        `${JSON.stringify(defaultsOf(def.config))} ${JSON.stringify(config ?? {})}`;
}

// ---- Property bags generated from the SDK's types ----

let loadedShapes: ArgShapes | undefined;

/** The shapes of the catalog types' `*Args`, as scripts/arg-shapes.ts derived them from the installed SDK. */
export function argShapes(): ArgShapes {
    loadedShapes ??= JSON.parse(fs.readFileSync(path.join(__dirname, "generated", "arg-shapes.json"), "utf8")) as ArgShapes;
    return loadedShapes;
}

/**
 * What a policy's fixtures say about its inputs: the paths they set (`a.b[].c`, array items as `[]`), the
 * scalar values at each, and the keys under each (a map's keys, such as tag names).
 */
export class FixtureHints {
    readonly paths = new Set<string>();
    private readonly values = new Map<string, unknown[]>();
    readonly allStrings: string[] = [];

    constructor(fixtures: readonly unknown[]) {
        fixtures.forEach((f) => this.add(f, ""));
        this.allStrings = [...new Set(this.allStrings)];
    }

    private add(value: unknown, at: string): void {
        if (Array.isArray(value)) {
            value.forEach((v) => this.add(v, `${at}[]`));
        } else if (isPlainObject(value)) {
            for (const [k, v] of Object.entries(value)) {
                const p = child(at, k);
                this.paths.add(p);
                this.add(v, p);
            }
        } else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
            const list = this.values.get(at) ?? [];
            if (!list.includes(value)) {
                list.push(value);
            }
            this.values.set(at, list);
            if (typeof value === "string") {
                this.allStrings.push(value);
            }
        }
    }

    valuesAt<T>(at: string, kind: "string" | "number"): T[] {
        return (this.values.get(at) ?? []).filter((v) => typeof v === kind) as T[];
    }

    /** The keys the fixtures set directly under `at`. */
    keysAt(at: string): string[] {
        const prefix = at === "" ? "" : `${at}.`;
        return [...new Set([...this.paths].filter((p) => p.startsWith(prefix))
            .map((p) => p.slice(prefix.length).split(/\.|\[\]/)[0]).filter((k) => k !== ""))];
    }

    /** Do the fixtures set anything at or under `at`? */
    reach(at: string): boolean {
        return at === "" || this.paths.has(at) || this.values.has(at) || [...this.paths].some((p) => p.startsWith(`${at}.`) || p.startsWith(`${at}[]`));
    }
}

function child(at: string, key: string): string {
    return at === "" ? key : `${at}.${key}`;
}

const absent: unique symbol = Symbol("absent");

/** ARM resource types of the catalog, for generated ids. */
const armTypes = [...new Set(Object.values(catalog).map((t) => (t as { arm?: string }).arm).filter((a): a is string => !!a))].sort();

/**
 * Builds, from the shapes, an arbitrary of property bags per type: typed values (5 in 6) and odd ones (1 in 6)
 * at every depth, the keys the fixtures set present 3 times in 4, any other key about once per object.
 */
export class BagBuilder {
    private readonly memo = new Map<string, fc.Arbitrary<unknown>>();
    private readonly odd: fc.Arbitrary<unknown>;
    /** The fixtures' strings: names to build ARM ids of. */
    readonly names: readonly string[];
    private readonly maxDepth: number;

    constructor(private readonly shapes: ArgShapes, private readonly hints: FixtureHints, private readonly unknownValue: () => unknown) {
        this.odd = oddValues(unknownValue);
        this.maxDepth = shapes.maxDepth;
        this.names = hints.allStrings;
    }

    /**
     * A resource of a catalog type under one of the tokens a program may use: today's (most often), an alias (an
     * azure-native 2.x module name), an API version, or an older API version whose shape the kit knows
     * (lib/kit/api-versions.ts), its bag then setting some of the inputs only that version has.
     */
    bagOfSomeVersion(token: string): fc.Arbitrary<{ type: string; props: Record<string, unknown> }> {
        const key = (Object.keys(catalog) as CatalogKey[]).find((k) => catalog[k].token === token);
        const [pkg, mod, name] = token.split(":");
        const other = [...(key ? aliasesOf(key) : []), ...["v20150101", "v20240101", "v20260201", "v20990101preview"]
            .map((v) => `${pkg}:${mod}/${v}:${name}`)];
        const older = Object.entries(versionShapes).filter(([, shape]) => shape.key === key);
        const variants: fc.WeightedArbitrary<{ type: string; props: Record<string, unknown> }>[] = [
            { weight: 6, arbitrary: this.bag(token).map((props) => ({ type: token, props })) },
            { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...other), this.bag(token)).map(([type, props]) => ({ type, props })) },
        ];
        if (older.length > 0) {
            variants.push({ weight: 2, arbitrary: fc.constantFrom(...older).chain(([type, shape]) =>
                fc.tuple(this.bag(token), fc.record(Object.fromEntries(shape.older.map((input) => [input, fc.oneof(this.anything(input), this.odd)])),
                    { requiredKeys: [] })).map(([props, old]) => ({ type, props: { ...props, ...old } }))) });
        }
        return fc.oneof(...variants);
    }

    get oddValue(): fc.Arbitrary<unknown> {
        return this.odd;
    }

    /** Property bags of a type token (unversioned), with now and then a key the SDK does not know. */
    bag(token: string): fc.Arbitrary<Record<string, unknown>> {
        const shape = this.shapes.types[token];
        assert.ok(shape, `tests/generated/arg-shapes.json has no shape for ${token}: run node dist/scripts/arg-shapes.js`);
        return fc.tuple(this.typed(shape, "", 0) as fc.Arbitrary<Record<string, unknown>>,
            fc.oneof({ withCrossShrink: true }, { weight: 9, arbitrary: fc.constant(absent) }, { weight: 1, arbitrary: this.odd }))
            .map(([props, extra]) => (extra === absent ? props : { ...props, addedByTheFuzzer: extra }));
    }

    /**
     * Property bags near a fixture of the type: each of its values, at every depth, kept (8 in 9) or generated
     * afresh from the shape, each key left out 1 time in 11, and now and then a key of the type the fixture does
     * not set. Several changes at once, on a real resource, reach what one odd value at a time cannot.
     */
    near(token: string, fixture: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
        const shape = this.shapes.types[token];
        assert.ok(shape, `tests/generated/arg-shapes.json has no shape for ${token}: run node dist/scripts/arg-shapes.js`);
        return this.nearValue(fixture, shape, "", 0) as fc.Arbitrary<Record<string, unknown>>;
    }

    private nearValue(fixture: unknown, shape: Shape, at: string, depth: number): fc.Arbitrary<unknown> {
        const resolved = this.resolveFor(fixture, shape);
        let kept: fc.Arbitrary<unknown>;
        if (Array.isArray(fixture)) {
            const items = resolved.items ?? {};
            kept = fc.tuple(...fixture.map((x) => this.nearValue(x, items, `${at}[]`, depth)),
                fc.array(this.value(items, `${at}[]`, depth), { maxLength: 1 })).map((xs) => [...xs.slice(0, -1), ...xs[xs.length - 1] as unknown[]]);
        } else if (isPlainObject(fixture)) {
            const properties = resolved.properties ?? {};
            const other = Object.entries(properties).filter(([k]) => !(k in fixture));
            const rare = Math.max(2, Math.round(other.length * 2));
            const entries = [
                ...Object.entries(fixture).map(([k, v]) => fc.oneof({ withCrossShrink: true }, { weight: 1, arbitrary: fc.constant(absent) },
                    { weight: 10, arbitrary: this.nearValue(v, properties[k] ?? resolved.additionalProperties ?? {}, child(at, k), depth + 1) })),
                ...other.map(([k, s]) => fc.oneof({ withCrossShrink: true }, { weight: rare, arbitrary: fc.constant(absent) },
                    { weight: 1, arbitrary: this.value(s, child(at, k), depth + 1) })),
            ];
            const keys = [...Object.keys(fixture), ...other.map(([k]) => k)];
            kept = fc.tuple(...entries).map((values) => Object.fromEntries(keys.flatMap((k, i) => (values[i] === absent ? [] : [[k, values[i]]]))));
            if (at === "") {
                return kept;
            }
        } else {
            kept = fc.constant(fixture);
        }
        return fc.oneof({ withCrossShrink: true }, { weight: 8, arbitrary: kept }, { weight: 1, arbitrary: this.value(shape, at, depth) });
    }

    /** The shape a fixture's value has: a union's member with most of its keys. */
    private resolveFor(fixture: unknown, shape: Shape): Shape {
        const resolved = this.resolve(shape);
        if (!resolved.anyOf) {
            return resolved;
        }
        const members = resolved.anyOf.map((m) => this.resolve(m));
        const score = (m: Shape) => (isPlainObject(fixture) ? Object.entries(fixture).filter(([k, v]) =>
            m.properties?.[k] !== undefined && (m.properties[k].const === undefined || m.properties[k].const === v)).length : 0);
        return members.reduce((best, m) => (score(m) > score(best) ? m : best), members[0]);
    }

    /** A value of `shape` at `at` (objects `depth` below the root), or, 1 time in 6, an odd one. */
    private value(shape: Shape, at: string, depth: number): fc.Arbitrary<unknown> {
        return this.memoized("value", shape, at, depth, () => fc.oneof({ withCrossShrink: true },
            { weight: 5, arbitrary: this.typed(shape, at, depth) }, { weight: 1, arbitrary: this.hostile(shape, at, depth) }));
    }

    private memoized(kind: string, shape: Shape, at: string, depth: number, make: () => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
        // Where the fixtures set nothing, the arbitrary is the same at every path: share it.
        const key = `${kind}|${this.hints.reach(at) ? at : ""}|${depth}|${JSON.stringify(shape)}`;
        let arb = this.memo.get(key);
        if (!arb) {
            arb = make();
            this.memo.set(key, arb);
        }
        return arb;
    }

    /** An odd value, or one of the right shape in the wrong place: an item where its list belongs, an object in a list. */
    private hostile(shape: Shape, at: string, depth: number): fc.Arbitrary<unknown> {
        const resolved = this.resolve(shape);
        if (resolved.type === "array" && resolved.items) {
            return fc.oneof({ weight: 4, arbitrary: this.odd }, { weight: 1, arbitrary: this.typed(resolved.items, `${at}[]`, depth) });
        }
        if (resolved.type === "object" && resolved.properties && depth <= this.maxDepth) {
            return fc.oneof({ weight: 4, arbitrary: this.odd }, { weight: 1, arbitrary: fc.tuple(this.typed(shape, at, depth)) });
        }
        return this.odd;
    }

    private resolve(shape: Shape): Shape {
        return shape.$ref ? this.shapes.definitions[shape.$ref] ?? { type: "object" } : shape;
    }

    private typed(shape: Shape, at: string, depth: number): fc.Arbitrary<unknown> {
        return this.memoized("typed", shape, at, depth, () => this.make(shape, at, depth));
    }

    private make(shape: Shape, at: string, depth: number): fc.Arbitrary<unknown> {
        if (shape.$ref) {
            return this.make(this.resolve(shape), at, depth);
        }
        if (shape.anyOf) {
            return fc.oneof(...shape.anyOf.map((s) => this.typed(s, at, depth)));
        }
        if (shape.const !== undefined) {
            return fc.constant(shape.const);
        }
        switch (shape.type) {
            case "string": return this.strings(shape, at);
            case "number": return this.numbers(shape, at);
            case "boolean": return fc.oneof({ weight: 5, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom("true", "false") });
            case "array": return fc.array(this.value(shape.items ?? {}, `${at}[]`, depth), { maxLength: 3 });
            case "object": return this.object(shape, at, depth);
        }
        return this.anything(at);
    }

    private object(shape: Shape, at: string, depth: number): fc.Arbitrary<unknown> {
        if (depth > this.maxDepth || (!shape.properties && !shape.additionalProperties)) {
            return fc.constant({});
        }
        if (shape.additionalProperties) {
            const known = this.hints.keysAt(at);
            // Keys an object's prototype has too: a program or an export may well name a tag "constructor".
            const keys: fc.WeightedArbitrary<string>[] = [{ weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
                { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "hasOwnProperty", "toString", "valueOf", "") }];
            if (known.length > 0) {
                keys.push({ weight: 6, arbitrary: fc.constantFrom(...known) });
            }
            const key = fc.oneof(...keys);
            // A map's values share one path: `tags.*` stands for every tag.
            return fc.dictionary(key, this.value(shape.additionalProperties, child(at, "*"), depth + 1), { maxKeys: 3 });
        }
        const properties = Object.entries(shape.properties ?? {});
        const required = new Set(shape.required ?? []);
        const rare = Math.max(2, Math.round(properties.length * 2 / 1.5));
        const entries = properties.map(([k, s]) => {
            const favoured = required.has(k) || this.hints.paths.has(child(at, k));
            return fc.oneof({ withCrossShrink: true },
                { weight: favoured ? 1 : rare, arbitrary: fc.constant(absent) },
                { weight: favoured ? 3 : 2, arbitrary: this.value(s, child(at, k), depth + 1) });
        });
        return fc.tuple(...entries).map((values) =>
            Object.fromEntries(properties.flatMap(([k], i) => (values[i] === absent ? [] : [[k, values[i]]]))));
    }

    private strings(shape: Shape, at: string): fc.Arbitrary<unknown> {
        const known = (shape.enum ?? shape.examples ?? []) as string[];
        const own = this.hints.valuesAt<string>(at, "string");
        const options: fc.WeightedArbitrary<unknown>[] = [{ weight: 1, arbitrary: fc.string({ maxLength: 10 }) }];
        if (known.length > 0) {
            options.push({ weight: 5, arbitrary: fc.constantFrom(...known) },
                // Azure compares these without regard to case; a program may not.
                { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...known), fc.boolean()).map(([v, up]) => (up ? v.toUpperCase() : v.toLowerCase())) });
        }
        if (own.length > 0) {
            options.push({ weight: 5, arbitrary: fc.constantFrom(...own) });
        }
        if (!shape.enum) {
            options.push({ weight: 1, arbitrary: armIds(this.hints.allStrings) });
            if (this.hints.allStrings.length > 0) {
                options.push({ weight: 1, arbitrary: fc.constantFrom(...this.hints.allStrings) });
            }
        }
        return fc.oneof(...options);
    }

    private numbers(shape: Shape, at: string): fc.Arbitrary<unknown> {
        const known = [...(shape.enum ?? shape.examples ?? []) as number[], ...this.hints.valuesAt<number>(at, "number")];
        const options: fc.WeightedArbitrary<unknown>[] = [
            { weight: 3, arbitrary: fc.integer({ min: -1, max: 1000 }) },
            { weight: 1, arbitrary: fc.constantFrom(0, 1, 7, 30, 90, 365, 3650, 0.5, -0, 2 ** 31, Number.MAX_SAFE_INTEGER) },
        ];
        if (known.length > 0) {
            options.push({ weight: 4, arbitrary: fc.constantFrom(...known) });
        }
        return fc.oneof(...options);
    }

    /** A value the SDK types as any: what the fixtures put there, or any JSON value. */
    private anything(at: string): fc.Arbitrary<unknown> {
        const own = [...this.hints.valuesAt<string>(at, "string"), ...this.hints.valuesAt<number>(at, "number")];
        const json = fc.jsonValue({ maxDepth: 2 });
        return own.length > 0 ? fc.oneof(fc.constantFrom(...own), json) : json;
    }
}

/** ARM resource ids, well formed or nearly: a catalog type's, of a child, with a trailing slash, or in odd case. */
function armIds(names: readonly string[]): fc.Arbitrary<string> {
    const name = names.length > 0 ? fc.oneof(fc.constantFrom(...names.filter((n) => !n.includes("/")).concat("res")),
        fc.string({ minLength: 1, maxLength: 6 })) : fc.string({ minLength: 1, maxLength: 6 });
    return fc.tuple(fc.constantFrom(...armTypes), fc.array(name, { minLength: 4, maxLength: 4 }),
        fc.constantFrom("", "/", "/extra/child", "/providers/Microsoft.Insights/diagnosticSettings/d"), fc.boolean())
        .map(([arm, ns, tail, lower]) => {
            const [provider, ...collections] = arm.split("/");
            const segments = collections.flatMap((c, i) => [c, ns[(i + 1) % ns.length]]);
            const id = `/subscriptions/${ns[0]}/resourceGroups/rg/providers/${provider}/${segments.join("/")}${tail}`;
            return lower ? id.toLowerCase() : id;
        });
}

// ---- The property tests the tester defines for each policy ----

export interface ResourcePropertyCase {
    resource: TestResource;
    config?: object;
}
export interface StackPropertyCase {
    resources: StackTestResource[];
    config?: object;
}

/** A property with the runs it gets by default. */
export interface PolicyProperty {
    title: string;
    property: fc.IRawProperty<any>;
    numRuns: number;
}

/** The file of a policy's tests, by the pack's convention; what the replay command names. */
function testFileOf(def: PolicyDefinition): string {
    return `tests/policies/${def.area}/${def.name}.test.ts`;
}

const titles = {
    mutated: "property (fixtures mutated): odd values never throw nor print an input string; a secret decides as the plain value",
    generated: "property (generated from the SDK's types): no throw, no input string printed; secrets decide as plain values",
};

/**
 * fc.assert with the pack's settings; a failure says how to replay it, with the long strings of its
 * counterexample shortened (a 100,000-character string is a fine input and an unreadable report).
 */
export function assertProperty(def: PolicyDefinition, p: PolicyProperty): void {
    try {
        fc.assert(p.property, { ...propertySettings, numRuns: p.numRuns });
    } catch (e) {
        const text = e instanceof Error ? e.message : String(e);
        const found = /seed: (-?\d+), path: "([^"]*)"/.exec(text);
        const replay = found ? `\nReplay: AZURE_SRM_SEED=${found[1]} AZURE_SRM_PATH=${found[2]} npx mocha --no-config ` +
            `-r ts-node/register/transpile-only --extension ts ${testFileOf(def)} --fgrep ${JSON.stringify(p.title.split(":")[0])}` : "";
        const error = new Error(text.replace(/(.)\1{199,}/g, (run, c: string) => `${c}…(${run.length} times)`) + replay);
        error.stack = ""; // the message says it all (and has the check's own stack)
        throw error;
    }
}

/** Fixtures mutated, for a resource policy: one value of one case replaced by an odd one. */
export function mutatedResourceProperty(def: PolicyDefinition, cases: readonly ResourcePropertyCase[],
    run: (resource: TestResource, config?: object) => Outcome, unknownValue: () => unknown): PolicyProperty {
    const property = fc.property(fc.nat(), fc.nat(), oddValues(unknownValue), (caseIndex, pathIndex, value) => {
        const c = cases[caseIndex % cases.length];
        const paths = [...pathsOf(c.resource.props), ["addedByTheFuzzer"]];
        const at = paths[pathIndex % paths.length];
        const mutated = replaced(c.resource.props, at, value);
        assertProperties(vocabularyOf(def, c.config), mutated, verdictOf(run({ ...c.resource, props: mutated }, c.config)),
            verdictOf(run({ ...c.resource, props: replaced(c.resource.props, at, asSecret(value)) }, c.config)));
    });
    return { title: titles.mutated, property, numRuns: propertySettings.numRuns! };
}

/**
 * Generated, for a resource policy: half the time a bag of one of its types, under one of the tokens a program
 * may use for it (with the config of one of its cases), half the time a bag near one of its cases' fixtures
 * (with that case's config).
 */
export function generatedResourceProperty(def: PolicyDefinition, cases: readonly ResourcePropertyCase[],
    run: (resource: TestResource, config?: object) => Outcome, unknownValue: () => unknown): PolicyProperty {
    const builder = new BagBuilder(argShapes(), new FixtureHints(cases.map((c) => c.resource.props)), unknownValue);
    const tokens = [...new Set(def.resources.map((t) => t.token))];
    const shapes = argShapes();
    const generated = fc.tuple(fc.oneof(...tokens.map((token) => builder.bagOfSomeVersion(token))), fc.nat())
        .map(([resource, caseIndex]) => ({ resource, config: cases.length > 0 ? cases[caseIndex % cases.length].config : undefined }));
    // Near a case's fixture: the fixture's type may be versioned or an alias; its shape is its catalog type's.
    const near = cases.filter((c) => shapes.types[lookupType(c.resource.type)?.token ?? ""]).map((c) =>
        builder.near(lookupType(c.resource.type)!.token, c.resource.props).map((props) => ({ resource: { ...c.resource, props }, config: c.config })));
    const inputs = near.length > 0 ? fc.oneof(generated, fc.oneof(...near)) : generated;
    const property = fc.property(inputs, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), ({ resource: r, config }, picks) => {
        assertProperties(vocabularyOf(def, config), r.props, verdictOf(run(r, config)),
            verdictOf(run({ ...r, props: withSecrets(r.props, picks) }, config)));
    });
    return { title: titles.generated, property, numRuns: generatedRuns(tokens.length) };
}

/** Fixtures mutated, for a stack policy: one value of one resource of one case replaced by an odd one. */
export function mutatedStackProperty(def: PolicyDefinition, cases: readonly StackPropertyCase[],
    run: (resources: StackTestResource[], config?: object) => Outcome, unknownValue: () => unknown): PolicyProperty {
    const property = fc.property(fc.nat(), fc.nat(), fc.nat(), oddValues(unknownValue), (caseIndex, resourceIndex, pathIndex, value) => {
        const c = cases[caseIndex % cases.length];
        const at = resourceIndex % c.resources.length;
        const props = c.resources[at].props;
        const paths = [...pathsOf(props), ["addedByTheFuzzer"]];
        const p = paths[pathIndex % paths.length];
        const stack = (changed: Record<string, unknown>) => c.resources.map((r, i) => (i === at ? { ...r, props: changed } : r));
        const mutated = replaced(props, p, value);
        assertProperties(vocabularyOf(def, c.config), mutated, verdictOf(run(stack(mutated), c.config)),
            verdictOf(run(stack(replaced(props, p, asSecret(value))), c.config)));
    });
    return { title: titles.mutated, property, numRuns: propertySettings.numRuns! };
}

/**
 * Generated, for a stack policy: a case's resources, each kept, changed near its fixture or replaced by a bag
 * generated for its type (its name and property dependencies kept), plus up to two generated resources of the
 * policy's types.
 */
export function generatedStackProperty(def: PolicyDefinition, cases: readonly StackPropertyCase[],
    run: (resources: StackTestResource[], config?: object) => Outcome, unknownValue: () => unknown): PolicyProperty {
    const shapes = argShapes();
    const builder = new BagBuilder(shapes, new FixtureHints(cases.flatMap((c) => c.resources.map((r) => r.props))), unknownValue);
    const own = [...new Set(def.resources.map((t) => t.token))];
    // After an update, stack policies see outputs: an id and a name beside the inputs (tester's outputsShaped).
    const outputs = fc.record({ id: fc.oneof(armIds(builder.names), builder.oddValue), name: fc.oneof(fc.string({ maxLength: 8 }), builder.oddValue) },
        { requiredKeys: [] });
    const withOutputs = (bag: fc.Arbitrary<Record<string, unknown>>) => fc.tuple(bag, fc.option(outputs, { freq: 3 }))
        .map(([props, out]) => (out ? { ...out, ...props } : props));
    const extra = fc.array(fc.oneof(...own.map((type) => withOutputs(builder.bag(type)).map((props) => ({ type, props })))), { maxLength: 2 });
    const stacks = fc.oneof(...cases.map((c) => fc.tuple(
        fc.tuple(...c.resources.map((r) => {
            const token = lookupType(r.type)?.token;
            return token && shapes.types[token]
                ? fc.oneof({ weight: 1, arbitrary: fc.constant(r.props) }, { weight: 2, arbitrary: withOutputs(builder.near(token, r.props)) },
                    { weight: 1, arbitrary: withOutputs(builder.bag(token)) })
                : fc.constant(r.props);
        })),
        extra,
    ).map(([props, added]) => ({
        config: c.config,
        resources: [...c.resources.map((r, i) => ({ ...r, props: props[i] })),
            ...added.map((a, i) => ({ name: `generated-${i}`, ...a }))] as StackTestResource[],
    }))));
    const property = fc.property(stacks, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), (s, picks) => {
        const secret = s.resources.map((r) => ({ ...r, props: withSecrets(r.props, picks) }));
        assertProperties(vocabularyOf(def, s.config), s.resources.map((r) => r.props), verdictOf(run(s.resources, s.config)),
            verdictOf(run(secret, s.config)));
    });
    return { title: titles.generated, property, numRuns: generatedRuns(own.length) };
}

/** Defines a policy's property tests. Shrinking a failure to a small counterexample takes longer than finding it. */
function define(def: PolicyDefinition, make: () => PolicyProperty, title: string): void {
    it(title, function () {
        const property = make();
        this.timeout(120_000 + 20 * property.numRuns);
        assertProperty(def, property);
    });
}

/** The property tests of a resource policy, over its cases (valid, invalid and undecided alike). */
export function resourcePolicyProperties(def: PolicyDefinition, cases: readonly ResourcePropertyCase[],
    run: (resource: TestResource, config?: object) => Outcome, unknownValue: () => unknown): void {
    define(def, () => mutatedResourceProperty(def, cases, run, unknownValue), titles.mutated);
    define(def, () => generatedResourceProperty(def, cases, run, unknownValue), titles.generated);
}

/** The property tests of a stack policy, over its cases. */
export function stackPolicyProperties(def: PolicyDefinition, cases: readonly StackPropertyCase[],
    run: (resources: StackTestResource[], config?: object) => Outcome, unknownValue: () => unknown): void {
    define(def, () => mutatedStackProperty(def, cases, run, unknownValue), titles.mutated);
    define(def, () => generatedStackProperty(def, cases, run, unknownValue), titles.generated);
}
