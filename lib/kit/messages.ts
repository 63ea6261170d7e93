/**
 * Violation messages, declared by id in a policy's metadata and reported by id, as typescript-eslint rules do:
 *
 *     messages: { inlineRuleOpen: "securityRules[{{index}}] allows SSH inbound from the Internet: ..." },
 *     ...
 *     ctx.report("inlineRuleOpen", { index: i });
 *
 * Placeholders carry only where the problem is: `{{name}}` takes a property path (`osProfile.linuxConfiguration`)
 * or an index (a non-negative integer), never a property value, which may be a secret. `{{config.option}}`
 * prints the policy's own option (an admin's setting, not an input), filled in by the kit. A value that is not
 * a path or an index is withheld from the message, and the shared tester fails any message that withholds one.
 */

/** Message templates by id. */
export type Messages = Readonly<Record<string, string>>;

/** What a data placeholder may hold: a property path or an index. */
export type MessageValue = string | number;

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

export function isMessageValue(v: unknown): v is MessageValue {
    return (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) || (typeof v === "string" && (v === "" || pathRe.test(v)));
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
 * The message text: placeholders filled from `data` (paths and indices only) and `config`. A missing or
 * malformed value is withheld rather than printed.
 */
export function renderMessage(template: string, data: Readonly<Record<string, unknown>> | undefined,
    config: Readonly<Record<string, unknown>>): string {
    return template.replace(placeholderRe, (_m, name: string) => {
        if (name.startsWith("config.")) {
            const key = name.slice("config.".length);
            return key in config ? configText(config[key]) : withheld;
        }
        const v = data?.[name];
        return isMessageValue(v) ? String(v) : withheld;
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
