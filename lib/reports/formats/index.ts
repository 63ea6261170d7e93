/** The output formats, by the name `--format` takes. A new format is a module here and one line below. */
import type { Formatter } from "./formatter";
import { html } from "./html";
import { json } from "./json";
import { junit } from "./junit";
import { markdown } from "./markdown";
import { sarif } from "./sarif";
import { text } from "./text";

export type { Formatter } from "./formatter";

export const formatters = { text, json, sarif, junit, markdown, html } as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

export function isFormatName(name: string): name is FormatName {
    return Object.prototype.hasOwnProperty.call(formatters, name);
}
