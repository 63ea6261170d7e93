/**
 * GitHub-flavoured Markdown, for a pull-request comment or a CI job summary: a headline, the blocking findings,
 * the counts, and the rest folded away; never longer than a pull-request comment may be.
 */
import { areas } from "../../kit/model";
import { areaTitle, packArea } from "../catalog";
import type { Report, ReportedFinding, UndecidedCheck } from "../report";
import type { Formatter } from "./formatter";

/**
 * GitHub refuses a comment body of more than 65,536 characters; the report stays under 65,000 whatever the stack's
 * size, leaving room for a line a workflow may add. Lengths are counted in UTF-16 code units, never fewer than the
 * characters GitHub counts.
 */
export const markdownLimit = 65_000;

/** Longest text kept from one value in a cell (a resource name, a type, a message, a reason), in characters. */
const cellLimit = 300;

export interface MarkdownOptions {
    /**
     * Where the policies' doc pages are: a URL or path ending in "/" to which `<policy>.md` is appended. The default,
     * `docs/policies/`, is relative to the pack's repository; a comment in another repository needs an absolute URL.
     */
    docsUrl?: string;
    /** The size bound, for tests; at most {@link markdownLimit}. */
    limit?: number;
}

const areaOrder = [...Object.keys(areas), packArea];
const severities = ["critical", "high", "medium", "low"];
const severityRank = (severity: string): number => (severities.indexOf(severity) + severities.length + 1) % (severities.length + 1);

/**
 * Text from the scanned program (resource names, types, URNs) or carrying parts of it (messages name property paths
 * and option values) as inert Markdown: line breaks become spaces, text longer than `max` characters is cut with an
 * ellipsis, and every character that inline Markdown or HTML gives a meaning to (a pipe ending a table cell, a
 * backtick opening code, an angle bracket opening a tag, emphasis, strikethrough, link brackets, a backslash escape,
 * an @ or # that would mention someone or link an issue, the colon of a URL that GitHub would turn into a link) is
 * written as a character reference, which renders as the character itself and is never markup.
 */
export function escapeMarkdown(text: string, max = cellLimit): string {
    const flat = text.replace(/[\r\n\t\f\v\u2028\u2029]+/g, " ");
    const chars = [...flat];
    const kept = chars.length > max ? chars.slice(0, max - 1).join("") + "…" : flat;
    // A table cell holds inline text only, so the characters of block syntax (#, -, +, = at a line's start) are inert.
    return kept.replace(/[&<>|`*_~[\]\\@#:]/g, (c) =>
        ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" } as Record<string, string>)[c] ?? `&#${c.charCodeAt(0)};`);
}

/** Program-supplied text shown as code (GitHub neither formats nor mentions anyone inside `<code>`). */
const code = (text: string, max = cellLimit): string => `<code>${escapeMarkdown(text, max)}</code>`;

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

function docLink(base: string, policy: string): string {
    // Only characters that cannot end the link's destination or break the table.
    const url = `${base}${policy}.md`.replace(/[\s()<>|`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
    return `[doc](${url})`;
}

/**
 * The policy exception that exempts a finding, where the report records one (lib/reports/exemptions.ts): such a
 * finding is reported and blocks nothing. Read defensively, as the field is optional and newer than this format.
 */
function exemptionOf(f: ReportedFinding): { id: string; reason: string } | undefined {
    const e = (f as { exemption?: { id?: unknown; reason?: unknown } }).exemption;
    return e && typeof e.id === "string" ? { id: e.id, reason: typeof e.reason === "string" ? e.reason : "" } : undefined;
}

const resourceCell = (name: string, type: string): string => name ? `${code(name)} (${escapeMarkdown(type)})` : "the stack";

function findingRow(f: ReportedFinding, docsUrl: string): string {
    return `| \`${f.policy}\` | ${resourceCell(f.resourceName, f.resourceType)} | ${f.severity} | ${escapeMarkdown(f.message, 600)} | ` +
        `${docLink(docsUrl, f.policy)} |`;
}

function exemptedRow(f: ReportedFinding, docsUrl: string): string {
    const e = exemptionOf(f)!;
    return `| \`${f.policy}\` | ${resourceCell(f.resourceName, f.resourceType)} | ${f.enforcementLevel} ${f.severity} | ` +
        `${escapeMarkdown(f.message, 600)} | ${code(e.id, 100)}: ${escapeMarkdown(e.reason)} | ${docLink(docsUrl, f.policy)} |`;
}

function undecidedRow(u: UndecidedCheck, docsUrl: string): string {
    return `| \`${u.policy}\` | ${resourceCell(u.resourceName, u.resourceType)} | ${escapeMarkdown(u.reason, 600)} | ` +
        `${docLink(docsUrl, u.policy)} |`;
}

/** A table whose rows are added while they fit; what is left out is counted, never dropped silently. */
interface Table {
    title: string;
    header: string[];
    rows: Rows;
    /** What one row is, for the note: "blocking finding". */
    noun: string;
}

/** A table's rows, each written when first read: a stack's tens of thousands of findings mostly never are. */
class Rows {
    private readonly written: string[] = [];
    constructor(private readonly items: readonly unknown[], private readonly write: (index: number) => string) {}
    get length(): number {
        return this.items.length;
    }
    at(index: number): string {
        return this.written[index] ??= this.write(index);
    }
}
const rowsOf = <T>(items: readonly T[], write: (item: T) => string): Rows => new Rows(items, (i) => write(items[i]));

/** The note that replaces rows left out, sized before it is written. */
function omittedNote(table: Table, omitted: number): string {
    return `\n_${plural(omitted, `more ${table.noun}`)} not shown: this summary is kept under ` +
        `${markdownLimit.toLocaleString("en-US")} characters, the size of a pull-request comment. ` +
        "`azure-srm scan --format text`, `json` or `sarif` lists them all._\n";
}
/** No note is longer than this (its count has at most 7 digits: a stack export with millions of findings). */
const noteReserve = 260;

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
    const limit = Math.min(options.limit ?? markdownLimit, markdownLimit);
    const docsUrl = options.docsUrl ?? "docs/policies/";
    const s = report.summary;
    const exempted = report.findings.filter((f) => exemptionOf(f));
    const standing = report.findings.filter((f) => !exemptionOf(f));
    // The worst first; within a severity, the report's order (by area, policy, resource). Array.sort is stable.
    const blocking = standing.filter((f) => f.enforcementLevel === "mandatory")
        .sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    const rest = standing.filter((f) => f.enforcementLevel !== "mandatory");
    const clean = s.resources - s.resourcesWithFindings;
    const n = (count: number): string => count.toLocaleString("en-US");

    const head: string[] = [];
    head.push(blocking.length > 0
        ? `## azure-srm: ${plural(blocking.length, "mandatory violation")} ${blocking.length === 1 ? "blocks" : "block"} this deployment`
        : report.findings.length > 0
            ? `## azure-srm: no mandatory violation; ${plural(rest.length, "advisory finding")}` +
                (exempted.length > 0 ? `, ${n(exempted.length)} exempted` : "")
            : "## azure-srm: no violations");
    head.push("");
    head.push(`${n(clean)} of ${plural(s.resources, "resource")} ${clean === 1 ? "has" : "have"} no violation` +
        ` · ${plural(report.findings.length, "finding")} (${n(blocking.length)} mandatory, ${n(rest.length)} advisory` +
        (exempted.length > 0 ? `, ${n(exempted.length)} exempted` : "") + ")" +
        ` · ${plural(s.undecided, "check")} undecided · ${plural(s.notCovered, "resource")} not covered` +
        ` · ${code(report.artifact, 200)}, azure-srm ${escapeMarkdown(report.tool.version, 40)}`);
    head.push("");

    const counts: string[] = [];
    counts.push("### Counts", "");
    counts.push("| Severity | Mandatory | Advisory |", "|---|--:|--:|");
    for (const sev of severities) {
        const of = standing.filter((f) => f.severity === sev);
        const mandatory = of.filter((f) => f.enforcementLevel === "mandatory").length;
        counts.push(`| ${sev} | ${mandatory} | ${of.length - mandatory} |`);
    }
    counts.push("");
    counts.push("| Area | Findings |", "|---|--:|");
    for (const area of areaOrder) {
        const inArea = standing.filter((f) => f.area === area).length;
        if (area !== packArea || inArea > 0) {
            counts.push(`| ${areaTitle(area)} | ${inArea} |`);
        }
    }
    counts.push("");
    counts.push(`Undecided: ${plural(s.undecided, "check")} could not decide (values unknown until the resources they ` +
        "depend on exist are decided by `pulumi up`). " +
        `Not covered: ${plural(s.notCovered, "resource")} of ${plural(report.notCovered.types.length, "type")} ` +
        "that no policy of this pack examines." +
        (exempted.length > 0 ? ` Exempted: ${plural(exempted.length, "finding")} that a policy exception of the config ` +
            "exempts, reported and blocking nothing (not counted above)." : ""), "");

    const findingHeader = ["| Policy | Resource | Severity | Message | Doc |", "|---|---|---|---|---|"];
    const tables: Table[] = [
        { title: `### Blocking findings (mandatory: ${blocking.length.toLocaleString("en-US")})`, header: findingHeader,
            rows: rowsOf(blocking, (f) => findingRow(f, docsUrl)), noun: "blocking finding" },
        { title: `### Advisory findings (${rest.length.toLocaleString("en-US")})`, header: findingHeader,
            rows: rowsOf(rest, (f) => findingRow(f, docsUrl)), noun: "advisory finding" },
        ...(exempted.length > 0 ? [{ title: `### Exempted findings (${n(exempted.length)})`,
            header: ["| Policy | Resource | Level | Message | Exempted by | Doc |", "|---|---|---|---|---|---|"],
            rows: rowsOf(exempted, (f) => exemptedRow(f, docsUrl)), noun: "exempted finding" }] : []),
        { title: `### Undecided checks (${report.undecided.length.toLocaleString("en-US")})`,
            header: ["| Policy | Resource | Reason | Doc |", "|---|---|---|---|"],
            rows: rowsOf(report.undecided, (u) => undecidedRow(u, docsUrl)), noun: "undecided check" },
        { title: `### Not covered (${plural(s.notCovered, "resource")})`,
            header: ["| Resource type | Resources |", "|---|--:|"],
            rows: rowsOf(report.notCovered.types, (t) => `| ${escapeMarkdown(t.type)} | ${t.resources} |`), noun: "resource type" },
    ];
    const [blockingTable, ...folded] = tables;
    const summaryLine = `<summary>The rest: ${plural(rest.length, "advisory finding")}, ` +
        `${exempted.length > 0 ? `${n(exempted.length)} exempted, ` : ""}${plural(report.undecided.length,
        "undecided check")}, ${plural(report.notCovered.types.length, "type")} not covered</summary>`;

    const assemble = (kept: string[][], notes: boolean): string => {
        const section = (t: Table, i: number): string[] => {
            if (t.rows.length === 0) {
                return [t.title, "", "None.", ""];
            }
            const omitted = t.rows.length - kept[i].length;
            return [t.title, "", ...t.header, ...kept[i], notes && omitted > 0 ? omittedNote(t, omitted) : ""];
        };
        return [...head, ...section(blockingTable, 0), ...counts, "<details>", summaryLine, "",
            ...folded.flatMap((t, i) => section(t, i + 1)), "</details>", ""].join("\n");
    };
    // Everything but the rows; each row adds its length and a line break. If they do not all fit, every table keeps
    // room for its note, and the rows share what is left, blocking ones first.
    const space = limit - assemble(tables.map(() => []), false).length;
    let total = 0;
    for (const t of tables) {
        for (let i = 0; i < t.rows.length && total <= space; i++) {
            total += t.rows.at(i).length + 1;
        }
    }
    const whole = total <= space;
    let budget = whole ? space : space - tables.length * noteReserve;
    let cut = false; // once a table is cut, later ones show no rows, so that nothing shown outranks what was left out
    const kept = tables.map((t) => {
        const rows: string[] = [];
        for (let i = 0; i < t.rows.length && !cut; i++) {
            const row = t.rows.at(i);
            if (row.length + 1 > budget) {
                cut = true;
                break;
            }
            rows.push(row);
            budget -= row.length + 1;
        }
        return rows;
    });
    const out = assemble(kept, true);
    if (out.length > limit) {
        // The frame and the reserve are computed from the same parts; reaching this is a bug, not a big stack.
        throw new Error(`markdown report of ${out.length} characters exceeds its bound of ${limit}`);
    }
    return out;
}

export const markdown: Formatter = {
    name: "markdown",
    description: "a summary for a pull-request comment or CI job summary: blocking findings, counts, the rest folded",
    // AZURE_SRM_DOCS_URL: where the policy pages are, for links that work outside the pack's repository.
    render: (report) => formatMarkdown(report, { docsUrl: process.env.AZURE_SRM_DOCS_URL || undefined }),
};
