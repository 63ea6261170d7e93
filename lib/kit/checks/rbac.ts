/** Azure RBAC ids and scopes, as the role assignment policies read them. */

/**
 * The GUID of a role definition id (`.../providers/Microsoft.Authorization/roleDefinitions/<guid>`, or the bare
 * GUID), lower-cased: the last segment of the id. Undefined for anything but non-empty text.
 */
export function roleDefinitionGuid(id: unknown): string | undefined {
    if (typeof id !== "string") {
        return undefined;
    }
    const text = id.trim();
    let end = text.length;
    while (end > 0 && text[end - 1] === "/") {
        end--;
    }
    const segments = text.slice(0, end).split("/");
    return segments[segments.length - 1].toLowerCase() || undefined;
}

/** The tenant root ("/"), a subscription or a management group: scopes above any resource group. */
export function isBroadScope(scope: unknown): boolean {
    if (typeof scope !== "string") {
        return false;
    }
    const s = scope.trim();
    return s === "/" || /^\/subscriptions\/[^/]+\/?$/i.test(s) ||
        /^\/providers\/Microsoft\.Management\/managementGroups\/[^/]+\/?$/i.test(s);
}
