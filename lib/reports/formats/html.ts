/**
 * HTML: one self-contained page (inline CSS, no script, no external font or request) that shows the shared
 * responsibility picture: a summary line a manager can read, Microsoft's responsibility matrix as a heat map of
 * this stack's findings, then the seven areas with their findings, the checks that could not decide and the
 * resources no policy examines. `coverageHtml` draws the same matrix for the pack itself (`azure-srm coverage
 * --format html`). Every text that can come from a user's program (resource names, URNs, types) is escaped.
 */
import { areas, lookupType, Responsibility, responsibilities, ServiceModel } from "../../kit/model";
import { areaTitle, CatalogEntry, packArea, rowTitle } from "../catalog";
import type { CisCoverage } from "../cis";
import type { McsbCoverage } from "../mcsb";
import type { Report, ReportedFinding } from "../report";
import type { Formatter } from "./formatter";

/** Text and attribute values both: the five characters HTML gives meaning to. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) =>
    ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c]!);
const e = escapeHtml;

/** The matrix's columns, as Microsoft draws them: the customer's share grows from left to right. */
export const matrixColumns: readonly ServiceModel[] = ["SaaS", "PaaS", "IaaS"];
const rows = Object.keys(responsibilities) as Responsibility[];
const severityOrder = ["critical", "high", "medium", "low"] as const;
const areaOrder = [...Object.keys(areas), packArea];

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
export const cellId = (row: string, model: string) => `cell-${row}-${model}`;
const ownerLabel = (owner: string) => owner === "microsoft" ? "Microsoft" : owner;
/** Policy names are kebab-case by the registry's rule; anything else is made safe for an id anyway. */
const policyId = (name: string) => `policy-${name.replace(/[^a-z0-9-]/gi, "_")}`;
/**
 * Where the policies' doc pages are, as `--format markdown` takes it: AZURE_SRM_DOCS_URL (a URL or path ending in
 * "/"), else `docs/policies/`, relative to the pack's repository.
 */
const docsBase = () => process.env.AZURE_SRM_DOCS_URL || "docs/policies/";
const docHref = (name: string, base = docsBase()) => e(`${base}${encodeURIComponent(name)}.md`);
/** A policy's name, linked to its doc page; the pack's own entries (area "pack") have none. */
const policyLink = (name: string, area: string | undefined) =>
    area === packArea ? e(name) : `<a href="${docHref(name)}">${e(name)}</a>`;
/** The policy exception that exempts a finding, where the report records one (version 2 config `exceptions`). */
const exemptionOf = (f: ReportedFinding) =>
    (f as ReportedFinding & { exemption?: { id: string; reason: string; expiresAt?: string; expires?: string } }).exemption;

const css = `
:root { --critical: #f1a7a7; --high: #f6c09e; --medium: #fadd9c; --low: #fbf0b8; --met: #cbe8c6; --empty: #f4f4f4;
  --microsoft: #e3e3e3; --ink: #1b1b1b; --muted: #555; --line: #b9b9b9; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
  margin: 0 auto; max-width: 1200px; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
.meta, .note, small { color: var(--muted); }
.verdict { font-size: 1.2rem; font-weight: 600; margin: .75rem 0 .25rem; padding: .6rem .8rem; border-left: 6px solid #2e7d32;
  background: #eef7ee; }
.verdict.blocked { border-color: #b71c1c; background: #fbeaea; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #f0f0f0; }
.matrix td { width: 27%; padding: 0; }
.matrix td > a, .matrix td > span { display: block; padding: .45rem .55rem; color: inherit; text-decoration: none; min-height: 3.6rem; }
.matrix td > a:hover, .matrix td > a:focus { outline: 3px solid #1a4f9c; outline-offset: -3px; }
.owner { font-weight: 600; text-transform: capitalize; }
.worst { float: right; font-size: .8rem; font-weight: 700; text-transform: uppercase; border: 1px solid currentColor;
  border-radius: 3px; padding: 0 .3rem; }
.counts { display: block; font-size: .85rem; }
.cell-critical { background: var(--critical); } .cell-high { background: var(--high); } .cell-medium { background: var(--medium); }
.cell-low { background: var(--low); } .cell-met { background: var(--met); } .cell-none { background: var(--empty); }
.cell-microsoft { background: repeating-linear-gradient(135deg, var(--microsoft) 0 6px, #efefef 6px 12px); color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; padding: 0; list-style: none; font-size: .85rem; }
.legend li::before { content: ""; display: inline-block; width: 1rem; height: 1rem; vertical-align: -.2rem; margin-right: .3rem;
  border: 1px solid var(--line); background: var(--swatch); }
.sev { font-weight: 700; text-transform: uppercase; font-size: .8rem; white-space: nowrap; }
.sev-critical { color: #8e0000; } .sev-high { color: #a33a00; } .sev-medium { color: #6d4c00; } .sev-low { color: #4d4d00; }
.mandatory { font-weight: 700; }
tbody.policy th { background: #f7f7f7; font-weight: normal; }
tbody.policy th strong { font-size: 1rem; }
code, .urn { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
.urn { color: var(--muted); display: block; }
:target { scroll-margin-top: 1rem; }
section:target > h2, section:target > h3, tbody:target th { background: #fff6c4; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .matrix td, .verdict, .legend li::before { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, .matrix { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .urn { display: none; }
}`;

function page(title: string, body: string[]): string {
    return ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        // Nothing is fetched: no script, style, font, image or frame from anywhere, this page included.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        `<title>${e(title)}</title>`, `<style>${css}</style>`, "</head>", "<body>", ...body, "</body>", "</html>", ""].join("\n");
}

/** What one matrix cell shows. */
interface Cell {
    owner: string;
    /** Colour class suffix: a severity, "met", "none" or "microsoft". */
    tone: string;
    /** A word beside the colour (the worst severity, ...), for readers who cannot tell the colours apart. */
    badge?: string;
    /** Data attributes (lower-case names), for tests and scripts reading the page. */
    data: Record<string, string | number>;
    /** The cell's lines, already escaped. */
    lines: string[];
    /** Set when the cell has a section of its own below. */
    href?: string;
    label: string;
}

function matrixTable(caption: string, cellOf: (row: Responsibility, model: ServiceModel) => Cell): string {
    const out = [`<table class="matrix" id="matrix">`, `<caption>${e(caption)}</caption>`,
        `<thead><tr><th scope="col">Responsibility</th>${matrixColumns.map((m) => `<th scope="col">${m}</th>`).join("")}</tr></thead>`,
        "<tbody>"];
    for (const row of rows) {
        const onRow = Object.entries(areas).filter(([, a]) => a.responsibility === row).map(([, a]) => a.title);
        out.push(`<tr><th scope="row">${e(rowTitle(row))}${onRow.length > 0 ? `<br><small>${e(onRow.join(" · "))}</small>` : ""}</th>`);
        for (const model of matrixColumns) {
            const c = cellOf(row, model);
            const data = Object.entries({ row, model, owner: c.owner, ...c.data })
                .map(([k, v]) => ` data-${k}="${e(String(v))}"`).join("");
            const inner = `<span class="owner">${e(ownerLabel(c.owner))}</span>` +
                (c.badge ? `<span class="worst">${e(c.badge)}</span>` : "") +
                c.lines.map((l) => `<span class="counts">${l}</span>`).join("");
            out.push(`<td class="cell cell-${c.tone}"${data}>` + (c.href
                ? `<a href="#${c.href}" aria-label="${e(c.label)}">${inner}</a>`
                : `<span aria-label="${e(c.label)}">${inner}</span>`) + "</td>");
        }
        out.push("</tr>");
    }
    out.push("</tbody>", "</table>");
    return out.join("\n");
}

function legend(items: [string, string][]): string {
    return `<ul class="legend" aria-label="Colour key">${items.map(([v, text]) =>
        `<li style="--swatch: ${v}">${e(text)}</li>`).join("")}</ul>`;
}

const countsBySeverity = (findings: readonly { severity: string }[]) => severityOrder
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);

/** The scan report as one HTML page. */
export function toHtml(report: Report): string {
    const policies = new Map<string, CatalogEntry>(report.policies.map((p) => [p.name, p]));
    const tokenOf = (type: string) => lookupType(type)?.token ?? type;
    const rowsOfType = new Map<string, Set<string>>();
    for (const p of report.policies) {
        for (const t of p.resourceTypes) {
            rowsOfType.set(t, (rowsOfType.get(t) ?? new Set()).add(p.responsibility));
        }
    }
    const modelOf = (f: ReportedFinding) => lookupType(f.resourceType)?.serviceModel ?? f.serviceModel;
    // Exempted findings are listed apart and count nowhere else: they do not block.
    const standing = report.findings.filter((f) => !exemptionOf(f));
    const exempted = report.findings.filter((f) => exemptionOf(f));
    const findingsIn = (row: string, model: string) => standing.filter((f) =>
        f.area !== packArea && policies.get(f.policy)?.responsibility === row && modelOf(f) === model);
    const undecidedIn = (row: string, model: string) => report.undecided.filter((u) => u.urn !== "" &&
        policies.get(u.policy)?.responsibility === row && (lookupType(u.resourceType)?.serviceModel ?? "") === model);
    const resourcesIn = (row: string, model: string) => report.resources.filter((r) =>
        r.serviceModel === model && (rowsOfType.get(tokenOf(r.type))?.has(row) ?? false));

    // The summary: what blocks, and how many resources the pack examines meet every obligation it checks.
    const s = report.summary;
    const examined = report.resources.filter((r) => rowsOfType.has(tokenOf(r.type)));
    const withFinding = new Set(standing.map((f) => f.urn));
    const withUndecided = new Set(report.undecided.map((u) => u.urn).filter((u) => !withFinding.has(u)));
    const meeting = examined.filter((r) => !withFinding.has(r.urn) && !withUndecided.has(r.urn)).length;
    const waiting = examined.filter((r) => withUndecided.has(r.urn)).length;
    const mandatory = standing.filter((f) => f.enforcementLevel === "mandatory").length;
    const advisory = standing.length - mandatory;
    const verdict = (mandatory > 0
        ? `${plural(mandatory, "mandatory violation")} ${mandatory === 1 ? "blocks" : "block"} this deployment`
        : "No mandatory violation blocks this deployment") +
        `; ${meeting.toLocaleString("en")} of ${plural(examined.length, "resource")} ${meeting === 1 ? "meets" : "meet"} every ` +
        "customer obligation the pack checks" + (waiting > 0 ? ` (${waiting.toLocaleString("en")} more ${waiting === 1 ? "waits" : "wait"} on checks that could not decide)` : "") + ".";
    const body = [`<header>`, `<h1>Shared responsibility report</h1>`,
        `<p class="meta">${e(report.artifact)} · azure-srm ${e(report.tool.version)}</p>`,
        `<p class="verdict${mandatory > 0 ? " blocked" : ""}" id="summary">${e(verdict)}</p>`,
        `<p class="note">${e(`${plural(standing.length, "finding")} (${mandatory.toLocaleString("en")} mandatory, ` +
            `${advisory.toLocaleString("en")} advisory) on ${plural(withFinding.size, "resource")}; ` +
            (exempted.length > 0 ? `${plural(exempted.length, "finding")} exempted by policy exceptions; ` : "") +
            `${plural(s.undecided, "check")} could not decide; ${plural(report.notCovered.resources, "resource")} of types no ` +
            "policy examines.")} Mandatory violations stop <code>pulumi up</code>; advisory ones are reported and let it go ahead.</p>`,
        "</header>", "<main>"];

    body.push('<section id="responsibility"><h2>Responsibility matrix</h2>',
        `<p class="note">Microsoft's shared responsibility matrix: who owns each responsibility in each service model, how many ` +
        `of this stack's resources the pack examines there, and the findings by severity. A cell takes the colour of its ` +
        `worst finding; open a cell for its findings.</p>`,
        legend([["var(--critical)", "critical finding"], ["var(--high)", "high"], ["var(--medium)", "medium"], ["var(--low)", "low"],
            ["var(--met)", "examined, no finding"], ["var(--empty)", "no resource of this stack"],
            ["var(--microsoft)", "Microsoft's responsibility"]]));
    const cellSections: string[] = [];
    body.push(matrixTable("Responsibilities (rows) by service model (columns), for this stack", (row, model) => {
        const owner = responsibilities[row][model];
        const findings = findingsIn(row, model);
        const resources = resourcesIn(row, model);
        const undecided = undecidedIn(row, model);
        const counts = countsBySeverity(findings);
        const tone = counts[0]?.[0] ?? (resources.length > 0 ? "met" : owner === "microsoft" ? "microsoft" : "none");
        const has = findings.length > 0 || resources.length > 0 || undecided.length > 0;
        const lines = !has ? ["no resource"] : [e(plural(resources.length, "resource")),
            e(findings.length === 0 ? "no finding" : counts.map(([sev, n]) => `${n.toLocaleString("en")} ${sev}`).join(" · ")),
            ...(undecided.length > 0 ? [e(`${undecided.length.toLocaleString("en")} undecided`)] : [])];
        if (has) {
            cellSections.push(cellSection(row, model, owner, resources.length, findings, undecided.length, report));
        }
        return {
            owner, tone, lines, href: has ? cellId(row, model) : undefined, badge: counts[0]?.[0] ?? (resources.length > 0 ? "met" : undefined),
            label: `${rowTitle(row)}, ${model}: ${ownerLabel(owner)}; ${lines.join("; ")}`,
            data: { resources: resources.length, findings: findings.length, undecided: undecided.length, worst: counts[0]?.[0] ?? "",
                ...Object.fromEntries(counts) },
        };
    }));
    body.push("</section>");

    body.push('<section id="areas"><h2>Findings by area</h2>',
        `<p class="note">Each policy links to its page under <code>docs/policies/</code> in the pack's repository.</p>`);
    for (const area of areaOrder) {
        const inArea = standing.filter((f) => f.area === area);
        if (area === packArea && inArea.length === 0) {
            continue;
        }
        body.push(`<section id="area-${e(area)}"><h3>${e(areaTitle(area))} (${inArea.length.toLocaleString("en")})</h3>`);
        if (inArea.length === 0) {
            body.push("<p>No finding.</p></section>");
            continue;
        }
        body.push(`<table><caption>${e(`${areaTitle(area)}: findings by policy`)}</caption>`,
            '<thead><tr><th scope="col">Severity</th><th scope="col">Enforcement</th><th scope="col">Resource</th>' +
            '<th scope="col">Message</th></tr></thead>');
        for (const name of [...new Set(inArea.map((f) => f.policy))]) {
            const p = policies.get(name);
            body.push(`<tbody class="policy" id="${policyId(name)}"><tr><th scope="rowgroup" colspan="4">` +
                `<strong>${policyLink(name, p?.area)}</strong>${p ? ` · ${e(p.description)}` : ""}` +
                (p?.remediation ? `<br>Fix: ${e(p.remediation)}` : "") + "</th></tr>");
            for (const f of inArea.filter((x) => x.policy === name)) {
                body.push(`<tr><td><span class="sev sev-${e(f.severity)}">${e(f.severity)}</span></td>` +
                    `<td class="${e(f.enforcementLevel)}">${e(f.enforcementLevel)}</td>` +
                    `<td>${e(f.resourceName)} <small>${e(f.resourceType)}</small><span class="urn">${e(f.urn)}</span></td>` +
                    `<td>${e(f.message)}</td></tr>`);
            }
            body.push("</tbody>");
        }
        body.push("</table></section>");
    }
    body.push("</section>");

    body.push('<section id="cells"><h2>Findings by cell of the matrix</h2>', ...cellSections, "</section>");

    body.push(`<section id="undecided"><h2>Undecided checks (${report.undecided.length.toLocaleString("en")})</h2>`);
    if (report.undecided.length === 0) {
        body.push("<p>Every check decided.</p>");
    } else {
        body.push("<p class=\"note\">Checks that could not decide, each with its reason; those waiting on values unknown until " +
            "the resources they depend on exist are decided by <code>pulumi up</code>.</p>",
            "<table><caption>Checks that could not decide</caption><thead><tr><th scope=\"col\">Policy</th>" +
            "<th scope=\"col\">Resource</th><th scope=\"col\">Reason</th></tr></thead><tbody>",
            ...report.undecided.map((u) => `<tr><td>${policyLink(u.policy, policies.get(u.policy)?.area)}</td><td>` +
                (u.urn ? `${e(u.resourceName)} <small>${e(u.resourceType)}</small><span class="urn">${e(u.urn)}</span>` : "the stack") +
                `</td><td>${e(u.reason)}</td></tr>`), "</tbody></table>");
    }
    body.push("</section>");

    if (exempted.length > 0) {
        body.push(`<section id="exempted"><h2>Exempted findings (${exempted.length.toLocaleString("en")})</h2>`,
            "<p class=\"note\">Findings a policy exception of the config exempts: reported, and they do not block.</p>",
            "<table><caption>Findings exempted by policy exceptions</caption><thead><tr><th scope=\"col\">Policy</th>" +
            "<th scope=\"col\">Severity</th><th scope=\"col\">Resource</th><th scope=\"col\">Message</th>" +
            "<th scope=\"col\">Exception</th></tr></thead><tbody>",
            ...exempted.map((f) => {
                const x = exemptionOf(f)!;
                return `<tr><td>${policyLink(f.policy, f.area)}</td><td><span class="sev sev-${e(f.severity)}">${e(f.severity)}</span> ` +
                    `${e(f.enforcementLevel)}</td><td>${e(f.resourceName)} <small>${e(f.resourceType)}</small>` +
                    `<span class="urn">${e(f.urn)}</span></td><td>${e(f.message)}</td><td><code>${e(x.id)}</code>: ${e(x.reason)}` +
                    (x.expiresAt ?? x.expires ? ` <small>(expires ${e(x.expiresAt ?? x.expires!)})</small>` : "") + "</td></tr>";
            }), "</tbody></table>", "</section>");
    }

    const nc = report.notCovered;
    body.push(`<section id="not-covered"><h2>Resources not covered (${nc.resources.toLocaleString("en")})</h2>`);
    body.push(nc.types.length === 0 ? "<p>The pack examines every resource type of this stack.</p>"
        : "<table><caption>Resource types no policy of this pack examines</caption><thead><tr><th scope=\"col\">Type</th>" +
            "<th scope=\"col\">Resources</th></tr></thead><tbody>" +
            nc.types.map((t) => `<tr><td><code>${e(t.type)}</code></td><td>${t.resources.toLocaleString("en")}</td></tr>`).join("") +
            "</tbody></table>");
    body.push("</section>", "</main>");
    return page(`azure-srm: ${report.artifact}`, body);
}

/** The section a matrix cell links to: its findings per policy, each pointing at that policy's findings above. */
function cellSection(row: Responsibility, model: ServiceModel, owner: string, resources: number,
    findings: ReportedFinding[], undecided: number, report: Report): string {
    const out = [`<section id="${cellId(row, model)}"><h3>${e(`${rowTitle(row)} · ${model}`)}: ${e(ownerLabel(owner))}</h3>`,
        `<p>${e(`${plural(resources, "resource")} examined by this row's policies; ${plural(findings.length, "finding")}` +
            (undecided > 0 ? `; ${plural(undecided, "check")} undecided` : "") + ".")}</p>`];
    const overrides = [...new Set(report.resources.filter((r) => r.serviceModel === model).map((r) => lookupType(r.type))
        .filter((t) => t?.overrides?.[row] !== undefined))];
    for (const t of overrides) {
        out.push(`<p class="note">${e(`${t!.service}: ${ownerLabel(t!.overrides![row]!.owner)} here, because ${t!.overrides![row]!.why}.`)}</p>`);
    }
    if (findings.length > 0) {
        out.push(`<table><caption>${e(`Findings in ${rowTitle(row)}, ${model}, by policy`)}</caption><thead><tr>` +
            '<th scope="col">Policy</th><th scope="col">Severity</th><th scope="col">Mandatory</th><th scope="col">Advisory</th>' +
            "</tr></thead><tbody>");
        for (const name of [...new Set(findings.map((f) => f.policy))]) {
            const of = findings.filter((f) => f.policy === name);
            out.push(`<tr><th scope="row"><a href="#${policyId(name)}">${e(name)}</a></th>` +
                `<td>${countsBySeverity(of).map(([sev, n]) => `<span class="sev sev-${sev}">${n} ${sev}</span>`).join(" ")}</td>` +
                `<td>${of.filter((f) => f.enforcementLevel === "mandatory").length}</td>` +
                `<td>${of.filter((f) => f.enforcementLevel !== "mandatory").length}</td></tr>`);
        }
        out.push("</tbody></table>");
    }
    out.push("</section>");
    return out.join("\n");
}

export const html: Formatter = {
    name: "html",
    description: "one self-contained page: summary, responsibility matrix heat map, findings by area",
    render: toHtml,
};

/** What `coverage --format html` draws: the pack's own policies on the matrix, with MCSB and CIS coverage. */
export interface PackCoverage {
    policies: CatalogEntry[];
    mcsb: McsbCoverage;
    cis: CisCoverage;
    /** Catalog types no policy covers, and those with nothing of their own to check. */
    uncoveredTypes: string[];
    typesWithNothingToCheck: { token: string; why: string }[];
}

/**
 * The pack on the matrix: per cell, the policies whose row it is and that examine a type of that service model,
 * how many catalog types they reach there, and how many MCSB definitions and CIS recommendations they implement.
 */
export function coverageHtml(c: PackCoverage): string {
    const typesOf = (p: CatalogEntry, model: string) => p.resourceTypes.filter((t) => lookupType(t)?.serviceModel === model);
    const inCell = (row: string, model: string) => c.policies.filter((p) => p.responsibility === row && typesOf(p, model).length > 0);
    const mcsbIn = (ps: CatalogEntry[]) => new Set(ps.flatMap((p) => p.frameworks.azurePolicy)).size;
    const cisIn = (ps: CatalogEntry[]) => new Set(ps.flatMap((p) => p.frameworks.cis)).size;
    const m = c.mcsb.totals;
    const k = c.cis.totals;
    const body = ["<header>", "<h1>Shared responsibility coverage of the pack</h1>",
        `<p class="verdict" id="summary">${e(`${plural(c.policies.length, "policy", "policies")} over the customer's ` +
            `responsibilities; MCSB initiative: ${m.inScope.covered} of ${m.inScope.definitions} in-scope definitions covered, ` +
            `${m.inScope.partial} partly; CIS ${c.cis.benchmark.version}: ${k.decidable.covered} of ` +
            `${k.decidable.recommendations} decidable recommendations covered.`)}</p>`,
        "</header>", "<main>", '<section id="responsibility"><h2>Responsibility matrix</h2>',
        "<p class=\"note\">Per cell: who owns it, how many policies of the pack check it and on how many catalog types, and " +
        "how many definitions of Azure Policy's MCSB initiative and CIS recommendations those policies implement.</p>",
        legend([["var(--met)", "checked by at least one policy"], ["var(--low)", "the customer's (or shared), no policy"],
            ["var(--microsoft)", "Microsoft's responsibility"]])];
    const sections: string[] = [];
    body.push(matrixTable("Policies of the pack per responsibility (rows) and service model (columns)", (row, model) => {
        const owner = responsibilities[row][model];
        const ps = inCell(row, model);
        const types = new Set(ps.flatMap((p) => typesOf(p, model)));
        const tone = ps.length > 0 ? "met" : owner === "microsoft" ? "microsoft" : "low";
        const lines = [e(plural(ps.length, "policy", "policies")), e(plural(types.size, "type")),
            e(`MCSB ${mcsbIn(ps)} · CIS ${cisIn(ps)}`)];
        if (ps.length > 0) {
            sections.push([`<section id="${cellId(row, model)}"><h3>${e(`${rowTitle(row)} · ${model}`)}: ${e(ownerLabel(owner))}</h3>`,
                `<table><caption>${e(`Policies checking ${rowTitle(row)} on ${model} types`)}</caption><thead><tr>` +
                '<th scope="col">Policy</th><th scope="col">Area</th><th scope="col">Severity</th><th scope="col">Enforcement</th>' +
                '<th scope="col">Types</th><th scope="col">MCSB</th><th scope="col">CIS</th></tr></thead><tbody>',
                ...ps.map((p) => `<tr><th scope="row"><a href="${docHref(p.name)}">${e(p.name)}</a></th><td>${e(areaTitle(p.area))}</td>` +
                    `<td>${e(p.severity)}</td><td>${e(p.enforcementLevel)}</td>` +
                    `<td>${typesOf(p, model).map((t) => `<code>${e(t)}</code>`).join("<br>")}</td>` +
                    `<td>${e(p.frameworks.mcsb.join(", "))}${p.frameworks.azurePolicy.length > 0
                        ? ` <small>(${plural(p.frameworks.azurePolicy.length, "definition")})</small>` : ""}</td>` +
                    `<td>${e(p.frameworks.cis.join(", ") || "none")}</td></tr>`),
                "</tbody></table></section>"].join("\n"));
        }
        return {
            owner, tone, lines, href: ps.length > 0 ? cellId(row, model) : undefined,
            badge: ps.length > 0 ? "checked" : owner === "microsoft" ? undefined : "no policy",
            label: `${rowTitle(row)}, ${model}: ${ownerLabel(owner)}; ${lines.join("; ")}`,
            data: { policies: ps.length, types: types.size, mcsb: mcsbIn(ps), cis: cisIn(ps) },
        };
    }));
    body.push("</section>");

    body.push('<section id="areas"><h2>Policies by area and service model</h2>',
        `<table><caption>Policies per area (rows) and the service model each is placed in (columns)</caption><thead><tr>` +
        `<th scope="col">Area</th><th scope="col">Row of the matrix</th>${matrixColumns.map((mm) => `<th scope="col">${mm}</th>`).join("")}` +
        '<th scope="col">Total</th><th scope="col">MCSB definitions</th><th scope="col">CIS recommendations</th></tr></thead><tbody>',
        ...Object.entries(areas).map(([area, a]) => {
            const ps = c.policies.filter((p) => p.area === area);
            return `<tr><th scope="row">${e(a.title)}</th><td>${e(rowTitle(a.responsibility))}</td>` +
                matrixColumns.map((mm) => `<td>${ps.filter((p) => p.serviceModel === mm).length}</td>`).join("") +
                `<td>${ps.length}</td><td>${mcsbIn(ps)}</td><td>${cisIn(ps)}</td></tr>`;
        }), "</tbody></table></section>");

    body.push('<section id="frameworks"><h2>Frameworks</h2>',
        `<table><caption>${e(`Azure Policy initiative ${c.mcsb.initiative.displayName}, version ${c.mcsb.initiative.version}`)}` +
        "</caption><thead><tr><th scope=\"col\">Definitions</th><th scope=\"col\">Covered</th><th scope=\"col\">Partial</th>" +
        "<th scope=\"col\">None</th><th scope=\"col\">Out of scope</th></tr></thead><tbody>" +
        `<tr><td>${m.definitions}</td><td>${m.inScope.covered}</td><td>${m.inScope.partial}</td><td>${m.inScope.none}</td>` +
        `<td>${m.definitions - m.inScope.definitions}</td></tr></tbody></table>`,
        `<table><caption>${e(`${c.cis.benchmark.name} ${c.cis.benchmark.version}`)}</caption><thead><tr>` +
        "<th scope=\"col\">Recommendations</th><th scope=\"col\">Covered</th><th scope=\"col\">None</th>" +
        "<th scope=\"col\">Not decidable from a program</th></tr></thead><tbody>" +
        `<tr><td>${k.recommendations}</td><td>${k.decidable.covered}</td><td>${k.decidable.none}</td>` +
        `<td>${k.recommendations - k.decidable.recommendations}</td></tr></tbody></table>`,
        "<p class=\"note\"><code>azure-srm coverage --mcsb</code> and <code>--cis</code> list each definition and recommendation.</p>",
        "</section>");

    body.push('<section id="cells"><h2>Policies by cell of the matrix</h2>', ...sections, "</section>");
    body.push(`<section id="not-covered"><h2>Catalog types</h2>`,
        `<p>${e(`Types no policy covers (${c.uncoveredTypes.length}): ${c.uncoveredTypes.join(", ") || "none"}.`)}</p>`,
        c.typesWithNothingToCheck.length === 0 ? "" : "<table><caption>Types with nothing of their own to check</caption><thead><tr>" +
            "<th scope=\"col\">Type</th><th scope=\"col\">Why</th></tr></thead><tbody>" +
            c.typesWithNothingToCheck.map((t) => `<tr><td><code>${e(t.token)}</code></td><td>${e(t.why)}</td></tr>`).join("") +
            "</tbody></table>", "</section>", "</main>");
    return page("azure-srm: coverage of the pack", body);
}
