/**
 * Violation messages, declared by id in a policy's metadata and reported by id, as typescript-eslint rules do:
 *
 *     messages: { inlineRuleOpen: "securityRules[{{index}}] allows SSH inbound from the Internet: ..." },
 *     ...
 *     ctx.report("inlineRuleOpen", { index: i });
 *
 * Placeholders carry only where the problem is: `{{name}}` takes a property path (`osProfile.linuxConfiguration`),
 * an index (a non-negative integer), or values of the policy's own options (an admin's settings, such as the
 * required tag names a resource lacks), never a property value, which may be a secret. `{{config.option}}` prints
 * an option whole, filled in by the kit. A value that is none of these is withheld from the message, and the
 * shared tester fails any message that withholds one.
 */

/** Message templates by id. */
export type Messages = Readonly<Record<string, string>>;

/** What a data placeholder may hold: a property path, an index, or option values (a list prints joined by ", "). */
export type MessageValue = string | number | readonly string[];

/** The data placeholders of a template (not `config.*`, which the kit fills in). */
export type Placeholders<S extends string> = string extends S ? string
    : S extends `${string}{{${infer P}}}${infer Rest}` ? (P extends `config.${string}` ? never : P) | Placeholders<Rest>
        : never;

/**
 * The data argument of `report` for one template: none when it has no placeholder, exactly its placeholders when
 * the template is a literal, and any paths or indices when the compiler only sees `string`.
 */
export type DataArgs<S extends string> = string extends S ? [data?: Readonly<Record<string, MessageValue>>]
    : [Placeholders<S>] extends [never] ? [] : [data: { readonly [K in Placeholders<S>]: MessageValue }];

/** What replaces a placeholder value that is neither a property path nor an index. */
export const withheld = "(value withheld)";

const placeholderRe = /\{\{\s*([A-Za-z_][\w.]*)\s*\}\}/g;
/** A property path as messages name inputs: `a`, `a.b`, `a[2].b`, `securityRules[0]`. */
const pathRe = /^[A-Za-z_$][\w$]*(\[\d+\]|\.[A-Za-z_$][\w$]*)*\.?$/;

/** The strings of a policy's config: what a placeholder may print besides paths and indices. */
function configStrings(config: Readonly<Record<string, unknown>>): Set<string> {
    const out = new Set<string>();
    for (const v of Object.values(config)) {
        for (const x of Array.isArray(v) ? v : [v]) {
            if (typeof x === "string") {
                out.add(x);
            }
        }
    }
    return out;
}

/** Is `v` a property path, an index, or made only of the config's own strings? */
export function isMessageValue(v: unknown, config: Readonly<Record<string, unknown>> = {}): v is MessageValue {
    if (typeof v === "number") {
        return Number.isSafeInteger(v) && v >= 0;
    }
    if (typeof v === "string") {
        return v === "" || pathRe.test(v) || configStrings(config).has(v);
    }
    if (Array.isArray(v)) {
        const allowed = configStrings(config);
        return v.length > 0 && v.every((x) => typeof x === "string" && allowed.has(x));
    }
    return false;
}

/** The placeholder names of a template, `config.*` ones included. */
export function placeholdersOf(template: string): string[] {
    return [...template.matchAll(placeholderRe)].map((m) => m[1]);
}

function configText(v: unknown): string {
    if (Array.isArray(v)) {
        return v.length > 0 ? v.map(String).join(", ") : "(none)";
    }
    return String(v);
}

/**
 * The message text: placeholders filled from `data` (paths, indices, option values) and `config`. A missing or
 * other value is withheld rather than printed.
 */
export function renderMessage(template: string, data: Readonly<Record<string, unknown>> | undefined,
    config: Readonly<Record<string, unknown>>): string {
    return template.replace(placeholderRe, (_m, name: string) => {
        if (name.startsWith("config.")) {
            const key = name.slice("config.".length);
            return key in config ? configText(config[key]) : withheld;
        }
        const v = data?.[name];
        return !isMessageValue(v, config) ? withheld : Array.isArray(v) ? v.join(", ") : String(v);
    });
}

/** Problems with a policy's message declarations, for the registry: empty set, bad ids, unknown options. */
export function messageProblems(messages: Messages, options: readonly string[]): string[] {
    const problems: string[] = [];
    if (Object.keys(messages).length === 0) {
        problems.push("declares no messages");
    }
    for (const [id, template] of Object.entries(messages)) {
        if (!/^[a-z][A-Za-z0-9]*$/.test(id)) {
            problems.push(`message id "${id}" must be camelCase`);
        }
        for (const p of placeholdersOf(template)) {
            if (p.startsWith("config.") && !options.includes(p.slice("config.".length))) {
                problems.push(`message "${id}" uses {{${p}}}, but the policy has no option "${p.slice("config.".length)}"`);
            }
        }
    }
    return problems;
}
