/** Tests on values read from JSON, a stack export or decoded properties. */

/** An object that is not an array (nor null): a JSON object, a property bag. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
    return v !== null && typeof v === "object" && !Array.isArray(v);
}
