/**
 * Property-based checks every policy gets from the tester (fast-check): each case's fixture with one value,
 * anywhere in it, replaced by what programs and exports really carry beyond the SDK's types: null, wrong
 * types, empty and null-filled arrays, unknowns at any depth, huge and non-ASCII strings. For every such input:
 * the check never throws (nothing falls into the kit's guard), no message prints a string of the input, and a
 * value sent as a secret decides exactly as the same value sent plain.
 *
 * CI runs a fixed seed. A failure prints its seed and path; replay it with
 *   AZURE_SRM_SEED=<seed> AZURE_SRM_PATH=<path> npx mocha tests/policies/<area>/<name>.test.ts
 * and explore further with AZURE_SRM_SEED=random AZURE_SRM_RUNS=1000.
 */
import * as assert from "assert";
import fc from "fast-check";
import { sigKey, sig } from "../lib/core/wire";
import { undecidedReasons } from "../lib/kit/policy";

export const propertySettings: fc.Parameters<unknown> = {
    seed: process.env.AZURE_SRM_SEED === "random" ? undefined : Number(process.env.AZURE_SRM_SEED ?? 20261202),
    path: process.env.AZURE_SRM_PATH,
    numRuns: Number(process.env.AZURE_SRM_RUNS ?? 60),
    endOnFailure: true,
};

/** Odd values, `unknownValue` standing for the tester's unknown marker. */
export function oddValues(unknownValue: () => unknown): fc.Arbitrary<unknown> {
    return fc.oneof(
        fc.constantFrom(null, undefined, [], [null], {}, { a: null }, true, false, 0, -1, 1e308, "", "*"),
        fc.integer(), fc.double(), fc.string({ maxLength: 12 }),
        fc.string({ unit: "grapheme", minLength: 6, maxLength: 12 }),
        fc.constant("ü".repeat(6) + "x".repeat(100_000)),
        fc.constant(null).map(() => unknownValue()),
        fc.array(fc.oneof(fc.constant(null), fc.constant(null).map(() => unknownValue()), fc.string({ maxLength: 8 })),
            { maxLength: 3 }),
    );
}

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
}

/** The three properties, for one mutated input: `run` evaluates props as given. */
export function assertProperties(vocabulary: string, mutated: unknown, plain: Verdict, secret: Verdict): void {
    const failed = [...plain.notApplicable, ...secret.notApplicable].filter((r) => r.startsWith(undecidedReasons.failed));
    assert.deepStrictEqual(failed, [], "a check threw on this input");
    for (const s of stringsOf(mutated).filter((x) => !vocabulary.includes(x))) {
        for (const m of plain.messages) {
            assert.ok(!m.includes(s), `a message prints an input string:\n${m}`);
        }
    }
    assert.deepStrictEqual({ ids: secret.ids, notApplicable: secret.notApplicable },
        { ids: plain.ids, notApplicable: plain.notApplicable }, "a secret value decides differently from the same value sent plain");
}
