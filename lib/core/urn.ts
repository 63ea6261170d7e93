/** Pulumi URNs: `urn:pulumi:<stack>::<project>::<parent type>$<type>::<name>`. */

/** The resource's name: what follows the last `::`. */
export function urnName(urn: string): string {
    return urn.slice(urn.lastIndexOf("::") + 2);
}

/** The resource's own type token, without its parents' types. */
export function urnType(urn: string): string {
    const chain = urn.split("::")[2] ?? "";
    return chain.slice(chain.lastIndexOf("$") + 1);
}
