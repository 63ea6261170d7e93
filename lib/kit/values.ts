/** Reading values that may be unknown at preview, without letting the unknown decide anything. */
import { unknownValue } from "../core/wire";

/**
 * The error @pulumi/policy's proxy throws on reading an unknown value. Taken from the proxy module itself (the
 * one the policy server uses), which loads nothing else: importing "@pulumi/policy" would load all of
 * @pulumi/pulumi, which the CLI's catalog commands do not need.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { UnknownValueError } = require("@pulumi/policy/proxy") as {
    UnknownValueError: new (...args: never[]) => Error & { props: (string | symbol)[] };
};

/**
 * Gives up on a value that cannot be told, the way reading an unknown one does, so the policy wrapper reports
 * "cannot decide yet" for it. For inputs a stack policy needs but the engine does not show it: AnalyzeStack
 * gets each resource's outputs after an update (and from `pulumi policy analyze`), and azure-native outputs
 * leave out inputs such as a diagnostic setting's resourceUri.
 */
export function cannotTell(path: string): never {
    throw new UnknownValueError(unknownValue as never, [path] as never);
}

export function isUnknownError(e: unknown): e is Error & { props: (string | symbol)[] } {
    return e instanceof UnknownValueError;
}

/** The value `read` returns, or undefined when it touches a value unknown at preview. */
export function readKnown<T>(read: () => T): T | undefined {
    try {
        return read();
    } catch (e) {
        if (isUnknownError(e)) {
            return undefined;
        }
        throw e;
    }
}

/**
 * A required input, or "cannot decide yet" when it is absent: a resource read from Azure, or shown as outputs,
 * without it says nothing about the settings it holds.
 */
export function required<T>(value: T | null | undefined, path: string): T {
    return value === undefined || value === null ? cannotTell(path) : value;
}

/**
 * An input Azure does not return (its `*Args` has it, its outputs do not: Synapse's azureADOnlyAuthentication),
 * as read from `props`: its value; or, when it is absent from props that are Azure's outputs (they carry an `id`,
 * which no such type takes as an input, and azure-native 3.x's `azureApiVersion`), "cannot decide yet", since the
 * deployed state does not say. Absent from inputs, it is unset: undefined, for the check to apply Azure's default.
 * Only for types without an `id` input.
 */
export function inputOnly<T>(props: object, value: T | null | undefined, path: string): T | undefined {
    if (value !== undefined && value !== null) {
        return value;
    }
    return "id" in props || "azureApiVersion" in props ? cannotTell(path) : undefined;
}

/**
 * The list an input should be, or none: a value of another type (which Azure would reject; a program or an
 * export can still carry it) holds no items.
 */
export function listOf<T>(value: readonly T[] | null | undefined): readonly T[] {
    return Array.isArray(value) ? value : [];
}

/** Is the value an object of settings (not null, not a list, not a scalar)? Other values hold no settings. */
export function isSettings(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Case-insensitive equality for Azure enum strings, which the API accepts in any case. */
export function sameText(a: unknown, b: string): boolean {
    return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}
