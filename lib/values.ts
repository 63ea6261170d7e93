/** Reading values that may be unknown at preview, without letting the unknown decide anything. */
import { UnknownValueError } from "@pulumi/policy";

/** The value `read` returns, or undefined when it touches a value unknown at preview. */
export function readKnown<T>(read: () => T): T | undefined {
    try {
        return read();
    } catch (e) {
        if (e instanceof UnknownValueError) {
            return undefined;
        }
        throw e;
    }
}

/** Case-insensitive equality for Azure enum strings, which the API accepts in any case. */
export function sameText(a: unknown, b: string): boolean {
    return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}
