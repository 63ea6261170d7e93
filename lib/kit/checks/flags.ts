/**
 * Wording shared by policies that require a boolean input to be true where Azure's default (unset) is false:
 * local authentication switches, Entra-only switches, password switches. Saying whether the flag is false or
 * merely unset tells the reader that leaving it out is not enough.
 */

/** "is false", or "is not set (Azure defaults it to false)": what a must-be-true flag says about itself. */
export function notTrue(value: unknown): string {
    return value === undefined || value === null ? "is not set (Azure defaults it to false)" : "is false";
}

/** Does a managed identity type ("SystemAssigned", "UserAssigned", "SystemAssigned, UserAssigned") name one? */
export function hasManagedIdentity(type: unknown): boolean {
    return typeof type === "string" && type.split(",").map((t) => t.trim().toLowerCase())
        .some((t) => t === "systemassigned" || t === "userassigned");
}
