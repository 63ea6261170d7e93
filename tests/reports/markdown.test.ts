import * as assert from "assert";
import type { Evaluation, Finding } from "../../lib/core/types";
import { catalogEntries } from "../../lib/reports/catalog";
import { formatters } from "../../lib/reports/formats";
import { escapeMarkdown, formatMarkdown, markdownLimit } from "../../lib/reports/formats/markdown";
import { buildReport, Report } from "../../lib/reports/report";

const entries = catalogEntries();
const policyNames = entries.map((e) => e.name);
const urnOf = (name: string, type = "azure-native:storage:StorageAccount") => `urn:pulumi:dev::shop::${type}::${name}`;

interface Shape {
    mandatory?: number;
    advisory?: number;
    undecided?: number;
    uncoveredTypes?: number;
    /** The name of the i-th resource. */
    name?: (i: number) => string;
}

/** A report as buildReport makes it from an evaluation of made-up resources, each with one finding. */
function synthetic({ mandatory = 0, advisory = 0, undecided = 0, uncoveredTypes = 0, name = (i) => `res-${i}` }: Shape): Report {
    const findings: Finding[] = [];
    for (let i = 0; i < mandatory + advisory; i++) {
        const blocking = i < mandatory;
        findings.push({
            // Blocking ones from the end of the alphabet, so that the report's order (by area) mixes the two.
            policy: blocking ? policyNames[policyNames.length - 1 - (i % policyNames.length)] : policyNames[i % policyNames.length],
            urn: urnOf(name(i)),
            enforcementLevel: blocking ? "mandatory" : "advisory",
            severity: blocking ? ["critical", "high"][i % 2] : ["medium", "low"][i % 2],
            message: `finding ${i}: the setting is off: set it on.`,
        });
    }
    const notApplicable = new Map<string, Map<string, string>>();
    for (let i = 0; i < undecided; i++) {
        notApplicable.set(urnOf(`undecided-${i}`), new Map([[policyNames[i % policyNames.length],
            "cannot decide yet: properties.x is unknown until the resources it depends on exist"]]));
    }
    const resources = [
        ...findings.map((f) => ({ urn: f.urn, type: "azure-native:storage:StorageAccount" })),
        ...Array.from({ length: undecided }, (_, i) => ({ urn: urnOf(`undecided-${i}`), type: "azure-native:storage:StorageAccount" })),
        ...Array.from({ length: uncoveredTypes }, (_, i) => ({ urn: urnOf(`other-${i}`, `example:things:Thing${i}`), type: `example:things:Thing${i}` })),
    ];
    const evaluation: Evaluation = { findings, notApplicable };
    return buildReport(evaluation, { resources, policies: entries, artifact: "stack.json", version: "0.1.0" });
}

/** The rows of the table under the heading that starts with `heading`. */
function rowsUnder(md: string, heading: string): string[] {
    const lines = md.split("\n");
    const start = lines.findIndex((l) => l.startsWith(heading));
    assert.ok(start >= 0, `no heading ${heading}`);
    const rows: string[] = [];
    for (const line of lines.slice(start + 1)) {
        if (line.startsWith("#") || line === "</details>") {
            break;
        }
        if (line.startsWith("| ") && !line.startsWith("| Policy ") && !line.startsWith("| Resource type ")) {
            rows.push(line);
        }
    }
    return rows;
}

/** The count a truncation note under `heading` gives, or 0 if there is none. */
function omittedUnder(md: string, heading: string, noun: string): number {
    const section = md.slice(md.indexOf(heading)).split(/\n#{3} |\n<\/details>/)[0];
    const m = new RegExp(`_([\\d,]+) more ${noun}s? not shown`).exec(section);
    return m ? Number(m[1].replace(/,/g, "")) : 0;
}

const decode = (s: string): string => s.replace(/&(amp|lt|gt|#\d+);/g, (_m, e: string) =>
    ({ amp: "&", lt: "<", gt: ">" } as Record<string, string>)[e] ?? String.fromCharCode(Number(e.slice(1))));

/** Pipes that separate cells: the row's own, not escaped ones. */
const cellSeparators = (row: string): number => (row.match(/\|/g) ?? []).length;

describe("markdown format", () => {
    it("leads with the blocking findings, worst first, then the counts, then the rest folded", () => {
        const report = synthetic({ mandatory: 6, advisory: 9, undecided: 2, uncoveredTypes: 1 });
        // The report's own order is by area; advisory findings come before some mandatory ones in it.
        assert.ok(report.findings.findIndex((f) => f.enforcementLevel === "advisory") <
            report.findings.map((f) => f.enforcementLevel).lastIndexOf("mandatory"));
        const md = formatMarkdown(report);
        assert.match(md.split("\n")[0], /^## azure-srm: 6 mandatory violations block this deployment$/);
        const order = ["### Blocking findings", "### Counts", "<details>", "### Advisory findings", "### Undecided checks",
            "### Not covered", "</details>"].map((h) => md.indexOf(h));
        assert.ok(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1])), `sections out of order: ${order}`);
        const blocking = rowsUnder(md, "### Blocking findings");
        assert.strictEqual(blocking.length, 6);
        const severities = blocking.map((r) => r.split(" | ")[2]);
        assert.deepStrictEqual(severities, ["critical", "critical", "critical", "high", "high", "high"]);
        const mandatory = report.findings.filter((f) => f.enforcementLevel === "mandatory");
        assert.deepStrictEqual(blocking.map((r) => decode(/<code>(.*?)<\/code>/.exec(r)![1])).sort(),
            mandatory.map((f) => f.resourceName).sort());
        assert.strictEqual(rowsUnder(md, "### Advisory findings").length, 9);
        assert.strictEqual(rowsUnder(md, "### Undecided checks").length, 2);
        assert.deepStrictEqual(rowsUnder(md, "### Not covered"), ["| example&#58;things&#58;Thing0 | 1 |"]);
        assert.match(md, /\| critical \| 3 \| 0 \|\n\| high \| 3 \| 0 \|\n\| medium \| 0 \| 5 \|\n\| low \| 0 \| 4 \|/, md);
        const row = blocking[0];
        const policy = /^\| `([a-z0-9-]+)` \|/.exec(row)![1];
        assert.ok(row.endsWith(`| [doc](docs/policies/${policy}.md) |`), row);
        assert.doesNotMatch(md, /not shown/);
    });

    it("says when nothing blocks, and when there is nothing at all", () => {
        const advisoryOnly = formatMarkdown(synthetic({ advisory: 3 }));
        assert.match(advisoryOnly, /^## azure-srm: no mandatory violation; 3 advisory findings\n/);
        assert.match(advisoryOnly, /### Blocking findings \(mandatory: 0\)\n\nNone\.\n/);
        const none = formatMarkdown(synthetic({}));
        assert.match(none, /^## azure-srm: no violations\n/);
        assert.match(none, /### Advisory findings \(0\)\n\nNone\.\n/);
    });

    it("stays under 65,000 characters with 10,000 findings, counting every row it leaves out", () => {
        const long = (i: number) => `${"very-long-resource-name-".repeat(8)}${i}`;
        const report = synthetic({ mandatory: 4_000, advisory: 6_000, undecided: 2_000, uncoveredTypes: 300, name: long });
        assert.strictEqual(report.findings.length, 10_000);
        const md = formatMarkdown(report);
        assert.ok(md.length <= markdownLimit, `${md.length} characters`);
        assert.ok(md.length > markdownLimit - 2_000, `the rows should fill the space: ${md.length} characters`);
        const shown = rowsUnder(md, "### Blocking findings").length;
        assert.ok(shown > 50, `${shown} blocking rows shown`);
        assert.strictEqual(shown + omittedUnder(md, "### Blocking findings", "blocking finding"), 4_000);
        // Blocking rows fill the space first: nothing below them is shown while some are left out.
        assert.strictEqual(rowsUnder(md, "### Advisory findings").length, 0);
        assert.strictEqual(omittedUnder(md, "### Advisory findings", "advisory finding"), 6_000);
        assert.strictEqual(omittedUnder(md, "### Undecided checks", "undecided check"), 2_000);
        assert.strictEqual(omittedUnder(md, "### Not covered", "resource type"), 300);
        // The totals are the whole report's, not the rows shown.
        assert.match(md, /^## azure-srm: 4,000 mandatory violations block this deployment\n/);
        assert.match(md, /\| critical \| 2000 \| 0 \|\n\| high \| 2000 \| 0 \|\n\| medium \| 0 \| 3000 \|\n\| low \| 0 \| 3000 \|/);
        assert.match(md, /<summary>The rest: 6,000 advisory findings, 2,000 undecided checks, 300 types not covered<\/summary>/);
    });

    it("notes how many rows a cut table leaves out, and fills later tables only when earlier ones are whole", () => {
        const report = synthetic({ mandatory: 20, advisory: 30, undecided: 5 });
        const whole = formatMarkdown(report);
        assert.doesNotMatch(whole, /not shown/);
        assert.strictEqual(formatMarkdown(report, { limit: whole.length }), whole, "a report that fits is not cut");

        const byOne = formatMarkdown(report, { limit: whole.length - 1 });
        assert.ok(byOne.length < whole.length && /_\d+ more (advisory finding|undecided check)s? not shown/.test(byOne));

        const cut = formatMarkdown(report, { limit: whole.length - 2_000 });
        assert.ok(cut.length <= whole.length - 2_000);
        const blockingShown = rowsUnder(cut, "### Blocking findings").length;
        const advisoryShown = rowsUnder(cut, "### Advisory findings").length;
        assert.strictEqual(blockingShown, 20, "room was found for every blocking row");
        assert.ok(advisoryShown < 30);
        assert.strictEqual(advisoryShown + omittedUnder(cut, "### Advisory findings", "advisory finding"), 30);
        assert.match(cut, /_\d+ more advisory findings? not shown: this summary is kept under 65,000 characters, the size of a pull-request comment\. `azure-srm scan --format text`, `json` or `sarif` lists them all\._/);

        const small = formatMarkdown(report, { limit: 4_000 });
        assert.ok(small.length <= 4_000);
        const shown = rowsUnder(small, "### Blocking findings").length;
        assert.ok(shown > 0 && shown < 20);
        assert.strictEqual(omittedUnder(small, "### Blocking findings", "blocking finding"), 20 - shown);
        assert.strictEqual(omittedUnder(small, "### Undecided checks", "undecided check"), 5);
    });

    it("escapes what names, types and URNs from a program could make markup of", () => {
        const nasty = [
            "a|b", "tick`s``", "<script>alert(1)</script>", "line\nbreak\r\nend", "@octo-org/security", "*bold* _em_ ~~s~~",
            "back\\|slash", "[link](https://example.com)", "![img](x)", "</details><details>", "&amp; &#124;", "#12",
        ];
        const report = synthetic({ mandatory: nasty.length, name: (i) => nasty[i] });
        const md = formatMarkdown(report);
        const rows = rowsUnder(md, "### Blocking findings");
        assert.strictEqual(rows.length, nasty.length);
        for (const row of rows) {
            assert.strictEqual(cellSeparators(row), 6, `a name broke the table: ${row}`);
            assert.strictEqual((row.match(/`/g) ?? []).length, 2, `only the policy's code span has backticks: ${row}`);
            const inCode = /<code>(.*?)<\/code>/.exec(row)![1];
            assert.doesNotMatch(inCode.replace(/&(amp|lt|gt|#\d+);/g, ""), /[<>|`*_~[\]\\@#&:]/, row);
        }
        assert.doesNotMatch(md, /<script|<\/details><details>|@octo/);
        assert.doesNotMatch(md, /https?:\/\/example/, "a URL in a name is not left for GitHub to link");
        assert.strictEqual(md.split("\n").filter((l) => l === "</details>").length, 1);
        // What the reader sees is the name itself, line breaks as spaces.
        const shown = rows.map((r) => decode(/<code>(.*?)<\/code>/.exec(r)![1])).sort();
        assert.deepStrictEqual(shown, nasty.map((n) => n.replace(/[\r\n]+/g, " ")).sort());
    });

    it("lists findings a policy exception exempts apart: they block nothing and are not counted as violations", () => {
        const base = synthetic({ mandatory: 3, advisory: 2 });
        const exempt = base.findings.find((f) => f.enforcementLevel === "mandatory")!;
        // As lib/reports/exemptions.ts records it on the finding (the field is newer than the Report type here).
        const exemption = { id: "legacy|vm", reason: "retired next <quarter>", source: "pulumi" };
        const report: Report = { ...base, findings: base.findings.map((f) => f === exempt ? Object.assign({}, f, { exemption }) : f) };
        const md = formatMarkdown(report);
        assert.match(md, /^## azure-srm: 2 mandatory violations block this deployment\n/);
        assert.match(md, /\(2 mandatory, 2 advisory, 1 exempted\)/);
        const blocking = rowsUnder(md, "### Blocking findings");
        assert.strictEqual(blocking.length, 2);
        assert.ok(blocking.every((r) => !r.includes(`<code>${exempt.resourceName}</code>`)));
        const rows = rowsUnder(md, "### Exempted findings (1)");
        assert.strictEqual(rows.length, 1);
        assert.strictEqual(cellSeparators(rows[0]), 7);
        assert.ok(rows[0].includes(`<code>${exempt.resourceName}</code>`) && rows[0].includes(`| mandatory ${exempt.severity} |`));
        assert.ok(rows[0].includes("<code>legacy&#124;vm</code>: retired next &lt;quarter&gt;"), rows[0]);
        assert.match(md, /<summary>The rest: 2 advisory findings, 1 exempted, 0 undecided checks, 0 types not covered<\/summary>/);
        const severities = md.slice(md.indexOf("| Severity |"), md.indexOf("| Area |"));
        const mandatoryCounted = [...severities.matchAll(/^\| \w+ \| (\d+) \|/gm)].reduce((n, m) => n + Number(m[1]), 0);
        assert.strictEqual(mandatoryCounted, 2);
        assert.doesNotMatch(formatMarkdown(base), /Exempted/);
    });

    it("cuts a value longer than a cell holds, saying so with an ellipsis", () => {
        assert.strictEqual(escapeMarkdown("x".repeat(1_000)), `${"x".repeat(299)}…`);
        assert.strictEqual(escapeMarkdown("x".repeat(300)), "x".repeat(300));
        // Characters, not UTF-16 units: a name of emoji is not cut in the middle of one.
        assert.strictEqual([...escapeMarkdown("😀".repeat(400))].length, 300);
        assert.strictEqual(escapeMarkdown("a|b<c>&d`e"), "a&#124;b&lt;c&gt;&amp;d&#96;e");
    });

    it("links each policy's page under AZURE_SRM_DOCS_URL when it is set", () => {
        const report = synthetic({ mandatory: 1 });
        const policy = report.findings[0].policy;
        const saved = process.env.AZURE_SRM_DOCS_URL;
        try {
            process.env.AZURE_SRM_DOCS_URL = "https://github.com/acme/azure-shared-responsibility/blob/v0.1.0/docs/policies/";
            assert.ok(formatters.markdown.render(report).includes(
                `[doc](https://github.com/acme/azure-shared-responsibility/blob/v0.1.0/docs/policies/${policy}.md)`));
            delete process.env.AZURE_SRM_DOCS_URL;
            assert.ok(formatters.markdown.render(report).includes(`[doc](docs/policies/${policy}.md)`));
        } finally {
            if (saved === undefined) {
                delete process.env.AZURE_SRM_DOCS_URL;
            } else {
                process.env.AZURE_SRM_DOCS_URL = saved;
            }
        }
        // A base with characters that would end the link is percent-encoded, not dropped.
        assert.ok(formatMarkdown(report, { docsUrl: "docs (copy)/" }).includes(`[doc](docs%20%28copy%29/${policy}.md)`));
    });
});
