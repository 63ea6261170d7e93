import * as assert from "assert";
import { runCli } from "../../lib/cli/cli";
import type { Evaluation } from "../../lib/core/types";
import { responsibilities } from "../../lib/kit/model";
import { catalogEntries } from "../../lib/reports/catalog";
import { cisCoverage } from "../../lib/reports/cis";
import { coverage } from "../../lib/reports/docs";
import { cellId, coverageHtml, matrixColumns, toHtml } from "../../lib/reports/formats/html";
import { mcsbCoverage } from "../../lib/reports/mcsb";
import { buildReport, Report, ReportedFinding } from "../../lib/reports/report";

/** A name a program could give a resource: markup, quotes and an ampersand. */
const hostile = `<img src=x onerror="alert(1)">'&amp;`;
const urn = (type: string, name: string) => `urn:pulumi:dev::shop::${type}::${name}`;
const storage = urn("azure-native:storage:StorageAccount", "data");
const nsg = urn("azure-native:network:NetworkSecurityGroup", hostile);
const vault = urn("azure-native:keyvault:Vault", "secrets");
const sqlServer = urn("azure-native:sql:Server", "db");
const dashboard = urn(`azure-native:portal:Dashboard<script>`, "board");

/**
 * A known stack: a storage account with two findings (high mandatory, medium advisory), an NSG with a critical
 * one, a Key Vault with a check that could not decide, an SQL server with nothing, and a resource of a type no
 * policy examines.
 */
function knownReport(): Report {
    const evaluation: Evaluation = {
        findings: [
            { policy: "storage-https-only", urn: storage, enforcementLevel: "mandatory", severity: "high", message: "https off" },
            { policy: "storage-min-tls-1-2", urn: storage, enforcementLevel: "advisory", severity: "medium", message: "old tls" },
            { policy: "nsg-no-ssh-from-internet", urn: nsg, enforcementLevel: "mandatory", severity: "critical", message: "ssh open" },
        ],
        notApplicable: new Map([[vault, new Map([["keyvault-network-default-deny",
            "cannot decide yet: networkAcls is unknown until the resources it depends on exist"]])]]),
    };
    const resources = [storage, nsg, vault, sqlServer, dashboard].map((u) => ({ urn: u, type: u.split("::")[2] }));
    return buildReport(evaluation, {
        resources: [{ urn: urn("pulumi:pulumi:Stack", "shop-dev"), type: "pulumi:pulumi:Stack", custom: false }, ...resources],
        policies: catalogEntries(), artifact: "stack.json", version: "0.1.0",
    });
}

/** The matrix cells of a page: their data attributes, by "row/model". */
function cells(html: string): Map<string, Record<string, string>> {
    const out = new Map<string, Record<string, string>>();
    for (const [, attrs] of html.matchAll(/<td class="cell [^"]*"((?: data-[a-z-]+="[^"]*")+)>/g)) {
        const data = Object.fromEntries([...attrs.matchAll(/ data-([a-z-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
        out.set(`${data.row}/${data.model}`, data);
    }
    return out;
}

/** Every in-page link has a target on the page. */
function assertAnchorsResolve(html: string): number {
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id));
    const links = [...html.matchAll(/ href="#([^"]+)"/g)].map(([, id]) => id);
    assert.deepStrictEqual(links.filter((id) => !ids.has(id)), []);
    return links.length;
}

/** Nothing on the page is fetched from anywhere: no script, no external style, font, image or frame. */
function assertSelfContained(html: string): void {
    assert.doesNotMatch(html, /<(?:script|link|img|iframe|object|embed)\b|@import|url\(|<[^>]*\ssrc=/i);
    assert.doesNotMatch(html, /href="(?:https?:)?\/\//);
}

describe("scan --format html", () => {
    const report = knownReport();
    const html = toHtml(report);

    it("is one self-contained, accessible page: semantic tables with captions and scoped headers, a print stylesheet", () => {
        assert.ok(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertSelfContained(html);
        assert.match(html, /@media print/);
        const tables = html.match(/<table[ >]/g)!.length;
        assert.strictEqual(html.match(/<caption>/g)!.length, tables);
        assert.doesNotMatch(html, /<th(?=[\s>])(?![^>]*scope=")[^>]*>/, "every header cell says what it heads");
        // The matrix: a header row of the three service models, then a row per responsibility of Microsoft's matrix.
        const matrix = html.slice(html.indexOf('<table class="matrix"'), html.indexOf("</table>", html.indexOf('<table class="matrix"')));
        assert.match(matrix, /<tr><th scope="col">Responsibility<\/th><th scope="col">SaaS<\/th><th scope="col">PaaS<\/th><th scope="col">IaaS<\/th><\/tr>/);
        assert.strictEqual(matrix.match(/<th scope="row">/g)!.length, Object.keys(responsibilities).length);
        assert.strictEqual(cells(html).size, Object.keys(responsibilities).length * matrixColumns.length);
        // The seven areas, each in its own section, then undecided checks and resources not covered.
        for (const id of ["area-identity-and-access", "area-data-protection", "area-operating-system", "area-applications",
            "area-networking", "area-monitoring-and-logging", "area-compliance", "undecided", "not-covered"]) {
            assert.match(html, new RegExp(`<section id="${id}">`), id);
        }
        assert.ok(html.indexOf('id="summary"') < html.indexOf('class="matrix"'), "the summary comes first");
    });

    it("leads with a summary line a manager can read", () => {
        assert.match(html, /<p class="verdict blocked" id="summary">2 mandatory violations block this deployment; 1 of 4 resources meets every customer obligation the pack checks \(1 more waits on checks that could not decide\)\.<\/p>/);
        const clean = toHtml({ ...report, findings: [], undecided: [], summary: { ...report.summary, mandatory: 0, advisory: 0, findings: 0 } });
        assert.match(clean, /<p class="verdict" id="summary">No mandatory violation blocks this deployment; 4 of 4 resources meet every customer obligation the pack checks\.<\/p>/);
    });

    it("counts each cell's resources and findings by severity, coloured by the worst, with the owner and a word beside the colour", () => {
        const c = cells(html);
        assert.deepStrictEqual(c.get("information-and-data/PaaS"), { row: "information-and-data", model: "PaaS", owner: "customer",
            resources: "3", findings: "2", undecided: "0", worst: "high", high: "1", medium: "1" });
        assert.deepStrictEqual(c.get("network-controls/IaaS"), { row: "network-controls", model: "IaaS", owner: "customer",
            resources: "1", findings: "1", undecided: "0", worst: "critical", critical: "1" });
        assert.deepStrictEqual(c.get("network-controls/PaaS"), { row: "network-controls", model: "PaaS", owner: "shared",
            resources: "3", findings: "0", undecided: "1", worst: "" });
        assert.strictEqual(c.get("information-and-data/IaaS")!.resources, "1");
        for (const row of Object.keys(responsibilities)) {
            assert.strictEqual(c.get(`${row}/SaaS`)!.resources, "0", row);
        }
        assert.strictEqual(c.get("operating-system/SaaS")!.owner, "microsoft");
        const cell = (row: string, model: string) => html.match(new RegExp(`<td class="cell ([a-z-]+)" data-row="${row}" data-model="${model}"[^>]*>(.*?)</td>`))!;
        assert.strictEqual(cell("network-controls", "IaaS")[1], "cell-critical");
        assert.match(cell("network-controls", "IaaS")[2], /<span class="owner">customer<\/span><span class="worst">critical<\/span><span class="counts">1 resource<\/span><span class="counts">1 critical<\/span>/);
        assert.strictEqual(cell("information-and-data", "PaaS")[1], "cell-high");
        assert.match(cell("information-and-data", "PaaS")[2], /<span class="counts">1 high · 1 medium<\/span>/);
        assert.strictEqual(cell("network-controls", "PaaS")[1], "cell-met");
        assert.strictEqual(cell("devices", "IaaS")[1], "cell-none");
        assert.match(cell("devices", "IaaS")[2], /^<span aria-label="Devices \(mobile and PCs\), IaaS: customer; no resource"><span class="owner">customer<\/span><span class="counts">no resource<\/span><\/span>$/);
        assert.strictEqual(cell("physical-infrastructure", "IaaS")[1], "cell-microsoft");
    });

    it("links each cell with something in it to its findings, and every link resolves", () => {
        assert.match(html, new RegExp(`<td class="cell cell-critical" data-row="network-controls" data-model="IaaS"[^>]*><a href="#${cellId("network-controls", "IaaS")}"`));
        assert.doesNotMatch(html, /href="#cell-devices-/, "an empty cell links nowhere");
        const section = html.slice(html.indexOf(`<section id="${cellId("information-and-data", "PaaS")}">`));
        assert.match(section.slice(0, section.indexOf("</section>")),
            /<a href="#policy-storage-https-only">storage-https-only<\/a><\/th><td><span class="sev sev-high">1 high<\/span><\/td><td>1<\/td><td>0<\/td>/);
        // The five cells with resources, findings or undecided checks, and the three policies with findings in them.
        assert.strictEqual(assertAnchorsResolve(html), 5 + 3);
        assert.match(html, /<tbody class="policy" id="policy-storage-https-only"><tr><th scope="rowgroup" colspan="4"><strong><a href="docs\/policies\/storage-https-only\.md">/);
    });

    it("escapes names, types and URNs from the program", () => {
        assert.ok(!html.includes(hostile) && !html.includes("<img") && !html.includes("<script>"));
        assert.ok(html.includes("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;amp;"));
        assert.match(html, /<code>azure-native:portal:Dashboard&lt;script&gt;<\/code><\/td><td>1<\/td>/);
        assert.doesNotMatch(toHtml({ ...report, artifact: "</title><script>x</script>" }), /<script>/);
    });

    it("lists the undecided checks and the resources not covered in their own sections", () => {
        const undecided = html.slice(html.indexOf('<section id="undecided">'), html.indexOf('<section id="not-covered">'));
        assert.match(undecided, /<h2>Undecided checks \(1\)<\/h2>/);
        assert.match(undecided, /keyvault-network-default-deny<\/a><\/td><td>secrets <small>azure-native:keyvault:Vault<\/small>/);
        assert.match(html, /<h2>Resources not covered \(1\)<\/h2>/);
    });

    it("lists findings a policy exception exempts apart, counting them nowhere else", () => {
        const [https, ...rest] = report.findings.filter((f) => f.policy === "storage-https-only").concat(
            report.findings.filter((f) => f.policy !== "storage-https-only"));
        const exemption = { id: "accepted-1", reason: "<b>legacy</b> client", source: "pulumi", expiresAt: "2027-01-31" };
        const page = toHtml({ ...report, findings: [{ ...https, exemption } as ReportedFinding, ...rest] });
        assert.match(page, /id="summary">1 mandatory violation blocks this deployment; 1 of 4 resources meets/);
        assert.deepStrictEqual({ ...cells(page).get("information-and-data/PaaS"), row: undefined, model: undefined, owner: undefined },
            { row: undefined, model: undefined, owner: undefined, resources: "3", findings: "1", undecided: "0", worst: "medium", medium: "1" });
        const section = page.slice(page.indexOf('<section id="exempted">'), page.indexOf('<section id="not-covered">'));
        assert.match(section, /<h2>Exempted findings \(1\)<\/h2>/);
        assert.match(section, /storage-https-only<\/a><\/td><td><span class="sev sev-high">high<\/span> mandatory<\/td><td>data <small>azure-native:storage:StorageAccount<\/small>/);
        assert.match(section, /<code>accepted-1<\/code>: &lt;b&gt;legacy&lt;\/b&gt; client <small>\(expires 2027-01-31\)<\/small>/);
        assert.doesNotMatch(html, /id="exempted"/, "no section where nothing is exempted");
    });

    it("links the policies' pages under AZURE_SRM_DOCS_URL when set, as the markdown format does", () => {
        const saved = process.env.AZURE_SRM_DOCS_URL;
        process.env.AZURE_SRM_DOCS_URL = "https://example.org/pack/docs/policies/";
        try {
            assert.match(toHtml(report), /<a href="https:\/\/example\.org\/pack\/docs\/policies\/storage-https-only\.md">/);
        } finally {
            if (saved === undefined) {
                delete process.env.AZURE_SRM_DOCS_URL;
            } else {
                process.env.AZURE_SRM_DOCS_URL = saved;
            }
        }
    });

    it("other formats do not show the resources list the matrix reads", async () => {
        assert.deepStrictEqual(Object.keys(JSON.parse((await import("../../lib/reports/formats/json")).json.render(report))),
            ["findings", "undecided", "notCovered", "summary"]);
    });
});

describe("coverage --format html", () => {
    const run = async (...argv: string[]) => {
        let out = "";
        let err = "";
        const code = await runCli(argv, { out: (s) => { out += s; }, err: (s) => { err += s; } });
        return { code, out, err };
    };

    it("draws the pack on the matrix: per cell its policies, the types they reach and their MCSB / CIS coverage", async () => {
        const { code, out, err } = await run("coverage", "--format", "html");
        assert.strictEqual(code, 0, err);
        const c = coverage();
        assert.strictEqual(out, coverageHtml({ policies: catalogEntries(), mcsb: mcsbCoverage(), cis: cisCoverage(),
            uncoveredTypes: c.uncoveredTypes, typesWithNothingToCheck: c.typesWithNothingToCheck }));
        assertSelfContained(out);
        assert.doesNotMatch(out, /<th(?=[\s>])(?![^>]*scope=")[^>]*>/);
        assert.strictEqual(out.match(/<caption>/g)!.length, out.match(/<table[ >]/g)!.length);
        const cs = cells(out);
        assert.strictEqual(cs.size, Object.keys(responsibilities).length * matrixColumns.length);
        const entries = catalogEntries();
        // Every policy sits in at least one cell: its row, under the model of at least one of its types.
        const total = [...cs.values()].reduce((n, d) => n + Number(d.policies), 0);
        assert.ok(total >= entries.length, `${total} placements for ${entries.length} policies`);
        for (const model of matrixColumns) {
            assert.strictEqual(cs.get(`devices/${model}`)!.policies, "0", "no program resource is a device");
            assert.strictEqual(cs.get(`physical-infrastructure/${model}`)!.owner, "microsoft");
        }
        const https = cs.get("information-and-data/PaaS")!;
        assert.ok(Number(https.policies) >= 20 && Number(https.mcsb) > 0 && Number(https.cis) > 0, JSON.stringify(https));
        const section = out.slice(out.indexOf(`<section id="${cellId("information-and-data", "PaaS")}">`));
        assert.match(section.slice(0, section.indexOf("</section>")),
            /<a href="docs\/policies\/storage-https-only\.md">storage-https-only<\/a><\/th><td>Data protection<\/td><td>high<\/td><td>mandatory<\/td><td><code>azure-native:storage:StorageAccount<\/code><\/td>/);
        assert.strictEqual(section.slice(0, section.indexOf("</section>")).match(/<tr><th scope="row">/g)!.length, Number(https.policies));
        const m = mcsbCoverage().totals;
        assert.match(out, new RegExp(`MCSB initiative: ${m.inScope.covered} of ${m.inScope.definitions} in-scope definitions covered`));
        assertAnchorsResolve(out);
    });

    it("keeps --json, takes --format json as the same, and refuses what does not fit", async () => {
        const json = await run("coverage", "--json");
        assert.strictEqual(json.code, 0);
        assert.strictEqual((await run("coverage", "--format", "json")).out, json.out);
        assert.strictEqual((await run("coverage", "--format", "json", "--cis")).out, (await run("coverage", "--cis", "--json")).out);
        assert.strictEqual((await run("coverage", "--format", "text")).out, (await run("coverage")).out);
        for (const [args, message] of [
            [["--format", "pdf"], /--format must be one of text, json, html; got "pdf"/],
            [["--json", "--format", "html"], /--json and --format html disagree/],
            [["--format", "html", "--mcsb"], /--mcsb and --cis take text or json/],
            [["extra"], /coverage takes no input/],
        ] as const) {
            const r = await run("coverage", ...args);
            assert.strictEqual(r.code, 2, args.join(" "));
            assert.match(r.err, message);
        }
    });
});
