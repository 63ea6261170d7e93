/** Pulumi URNs: `urn:pulumi:<stack>::<project>::<parent type>$<type>::<name>`. */

/** The resource's name: everything after the third `::`, as Pulumi reads it (a name may itself contain `::`). */
export function urnName(urn: string): string {
    let at = -2;
    for (let i = 0; i < 3; i++) {
        at = urn.indexOf("::", at + 2);
        if (at < 0) {
            return urn.slice(urn.lastIndexOf("::") + 2); // not a URN: its last segment, as before
        }
    }
    return urn.slice(at + 2);
}

/** The resource's own type token, without its parents' types. */
export function urnType(urn: string): string {
    const chain = urn.split("::")[2] ?? "";
    return chain.slice(chain.lastIndexOf("$") + 1);
}
