/** Reading identity settings that several services share. */

/** Does a managed identity type ("SystemAssigned", "UserAssigned", "SystemAssigned, UserAssigned") name one? */
export function hasManagedIdentity(type: unknown): boolean {
    return typeof type === "string" && type.split(",").map((t) => t.trim().toLowerCase())
        .some((t) => t === "systemassigned" || t === "userassigned");
}
