/**
 * The HTML report in a real browser: Debian's chromium (/usr/bin/chromium; .ci/run installs it), driven headless
 * through playwright-core, which downloads no browser of its own. The report of the insecure example export is
 * opened from a file, as a CI artifact or an email attachment is, and its DOM is read: the matrix's cells, their
 * counts against the scan's JSON, the links each cell opens, and a screenshot.
 *
 * The README's picture (docs/images/report.png) is this test's screenshot of the summary and the matrix:
 * `AZURE_SRM_SCREENSHOT=docs/images/report.png npm run test:e2e -- --grep "real browser"` writes it there.
 */
import * as assert from "assert";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BrowserContext, chromium } from "playwright-core";
import { lookupType, responsibilities } from "../lib/kit/model";
import { repo, stackExports } from "./cli";

// What the callbacks below see in the page; e2e/ compiles without the DOM's types.
declare const document: { getElementById(id: string): unknown };
declare const window: { innerHeight: number; scrollTo(x: number, y: number): void };
declare function getComputedStyle(el: unknown): { backgroundColor: string };
interface PageElement {
    dataset: Record<string, string>; innerText: string; textContent: string | null; firstChild: { textContent: string | null } | null;
    querySelector(selector: string): PageElement | null; getAttribute(name: string): string | null;
    getBoundingClientRect(): { top: number };
}

export const chromiumPath = "/usr/bin/chromium";
/** Headless, and quiet: without the background-networking switches chromium keeps calling Google's services. */
const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Chromium, with a fresh profile; fails (never skips) where it is not installed. */
export async function launchChromium(profile: string): Promise<BrowserContext> {
    if (!fs.existsSync(chromiumPath)) {
        throw new Error(`the browser test needs Debian's chromium at ${chromiumPath}: apt-get install -y chromium ` +
            "(as root; .ci/run installs it when missing)");
    }
    return chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath, headless: true, args: chromiumArgs, viewport: { width: 1100, height: 900 },
    });
}

const cli = path.join(repo, "dist", "bin", "azure-srm.js");

function azureSrm(...args: string[]): { code: number; stdout: string } {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) {
        throw new Error(`azure-srm ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    }
    return { code: r.status, stdout: r.stdout };
}

/** PNG width and height, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
    assert.ok(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), "a PNG file");
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

interface DomCell { row: string; model: string; owner: string; text: string; worst: string; href: string | null;
    background: string; data: Record<string, string> }

describe("the HTML report in a real browser (chromium)", function () {
    this.timeout(300_000);
    let tmp: string;
    let context: BrowserContext;
    const requests: string[] = [];

    before(async () => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "azure-srm-browser-"));
        context = await launchChromium(path.join(tmp, "profile"));
        context.on("request", (r) => requests.push(r.url()));
    });
    after(async () => {
        await context?.close();
        fs.rmSync(tmp, { recursive: true, force: true });
    });

    it("shows the insecure example's matrix with the scan's counts, links that open each cell's findings, and a screenshot", async () => {
        const example = path.join(stackExports, "insecure.json");
        const file = path.join(tmp, "report.html");
        assert.strictEqual(azureSrm("scan", example, "--format", "html", "--output", file).code, 1);
        const json = JSON.parse(azureSrm("scan", example, "--format", "json").stdout) as
            { findings: { policy: string; resourceType: string; severity: string; area: string }[]; summary: { mandatory: number } };
        const rowOf = new Map((JSON.parse(azureSrm("list", "--json").stdout) as { name: string; responsibility: string }[])
            .map((p) => [p.name, p.responsibility]));

        const page = await context.newPage();
        const t0 = Date.now();
        await page.goto(`file://${file}`);
        const loadMs = Date.now() - t0;

        assert.match(await page.locator("#summary").innerText(),
            new RegExp(`^${json.summary.mandatory} mandatory violations block this deployment; \\d+ of \\d+ resources`));
        const header = await page.locator("table.matrix thead th").allInnerTexts();
        assert.deepStrictEqual(header, ["Responsibility", "SaaS", "PaaS", "IaaS"]);
        assert.deepStrictEqual(await page.locator("table.matrix tbody th[scope=row]").evaluateAll((ths) =>
            ths.map((th) => (th as unknown as PageElement).firstChild!.textContent)), Object.values(responsibilities).map((r) => r.title));

        const cells: DomCell[] = await page.locator("table.matrix td.cell").evaluateAll((tds) => tds.map((td) => {
            const el = td as unknown as PageElement;
            return {
                row: el.dataset.row!, model: el.dataset.model!, owner: el.dataset.owner!, text: el.innerText,
                worst: el.querySelector(".worst")?.textContent ?? "", href: el.querySelector("a")?.getAttribute("href") ?? null,
                background: getComputedStyle(el).backgroundColor, data: { ...el.dataset } as Record<string, string>,
            };
        }));
        assert.strictEqual(cells.length, 8 * 3);

        // Each cell's findings by severity, as the browser shows them, against the JSON report joined with the catalog.
        const expected = new Map<string, Map<string, number>>();
        for (const f of json.findings.filter((x) => x.area !== "pack")) {
            const key = `${rowOf.get(f.policy)}/${lookupType(f.resourceType)!.serviceModel}`;
            const bySeverity = expected.get(key) ?? new Map<string, number>();
            expected.set(key, bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1));
        }
        const order = ["critical", "high", "medium", "low"];
        for (const c of cells) {
            const bySeverity = expected.get(`${c.row}/${c.model}`) ?? new Map<string, number>();
            const shown = [...bySeverity].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([s, n]) => `${n} ${s}`).join(" · ");
            const where = `${c.row}/${c.model}: ${c.text}`;
            assert.ok(c.text.includes(shown || (Number(c.data.resources) > 0 ? "no finding" : "no resource")), where);
            // A word beside the colour: the worst severity where there are findings.
            assert.strictEqual(c.worst.toLowerCase(), shown ? shown.split(" ")[1] : Number(c.data.resources) > 0 ? "met" : "", where);
            assert.strictEqual(c.owner, (responsibilities as Record<string, Record<string, string>>)[c.row][c.model], where);
        }
        const cell = (row: string, model: string) => cells.find((c) => c.row === row && c.model === model)!;
        assert.strictEqual(cell("network-controls", "IaaS").worst, "critical", "the NSG open to SSH from the Internet");
        assert.ok(Number(cell("information-and-data", "PaaS").data.resources) >= 8);
        assert.notStrictEqual(cell("network-controls", "IaaS").background, cell("devices", "IaaS").background);
        assert.ok(cells.filter((c) => c.row === "physical-infrastructure").every((c) => c.owner === "microsoft" && c.href === null));

        // Every link on the page that points into it has a target; opening a cell scrolls its findings into view.
        const dangling = await page.locator('a[href^="#"]').evaluateAll((as) =>
            as.map((a) => a.getAttribute("href")!.slice(1)).filter((id) => document.getElementById(id) === null));
        assert.deepStrictEqual(dangling, []);
        const linked = cells.filter((c) => c.href !== null);
        assert.ok(linked.length >= 6 && linked.every((c) => c.href === `#cell-${c.row}-${c.model}`));
        await page.locator('td[data-row="network-controls"][data-model="IaaS"] a').click();
        assert.strictEqual(new URL(page.url()).hash, "#cell-network-controls-IaaS");
        const target = page.locator("#cell-network-controls-IaaS");
        assert.ok(await target.isVisible());
        assert.ok(await target.evaluate((el) => { const r = (el as unknown as PageElement).getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }),
            "the cell's section is scrolled into view");
        // From the cell's section to the policy's findings in its area, where the NSG's finding is listed.
        await target.locator('a[href="#policy-nsg-no-ssh-from-internet"]').click();
        assert.match(await page.locator("#policy-nsg-no-ssh-from-internet").innerText(), /nsg-no-ssh-from-internet[\s\S]*critical\s+mandatory/i);

        // A screenshot of the summary and the matrix: what the README shows.
        await page.evaluate(() => window.scrollTo(0, 0));
        const box = await page.locator("#responsibility").boundingBox();
        const t1 = Date.now();
        const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 1100, height: Math.ceil(box!.y + box!.height) + 8 } });
        const screenshotMs = Date.now() - t1;
        const { width, height } = pngSize(png);
        assert.strictEqual(width, 1100);
        assert.ok(height > 900 && png.length > 20_000, `${width}x${height}, ${png.length} bytes`);
        if (process.env.AZURE_SRM_SCREENSHOT) {
            fs.writeFileSync(path.resolve(repo, process.env.AZURE_SRM_SCREENSHOT), png);
        }
        console.log(`      report ${fs.statSync(file).size} bytes: loaded in ${loadMs} ms, screenshot ${width}x${height} ` +
            `(${png.length} bytes) in ${screenshotMs} ms`);
        // Printed: the cells keep their colours, the URNs are left out.
        await page.emulateMedia({ media: "print" });
        assert.strictEqual(await page.locator(".urn").first().isVisible(), false);
        assert.strictEqual(await page.locator('td[data-row="network-controls"][data-model="IaaS"]')
            .evaluate((el) => getComputedStyle(el).backgroundColor), cell("network-controls", "IaaS").background);
        // Nothing but the file itself was requested: no font, script or image from anywhere.
        assert.deepStrictEqual(requests.filter((u) => !u.startsWith("file://")), []);
    });

    it("coverage --format html: the pack's own matrix, every cell link resolving", async () => {
        const file = path.join(tmp, "coverage.html");
        fs.writeFileSync(file, execFileSync(process.execPath, [cli, "coverage", "--format", "html"], { cwd: repo, encoding: "utf8" }));
        const page = await context.newPage();
        await page.goto(`file://${file}`);
        assert.strictEqual(await page.locator("table.matrix td.cell").count(), 24);
        const policies = await page.locator('td[data-row="network-controls"][data-model="IaaS"]').getAttribute("data-policies");
        assert.ok(Number(policies) > 5);
        const dangling = await page.locator('a[href^="#"]').evaluateAll((as) =>
            as.map((a) => a.getAttribute("href")!.slice(1)).filter((id) => document.getElementById(id) === null));
        assert.deepStrictEqual(dangling, []);
        assert.ok(await page.locator('a[href^="#cell-"]').count() >= 8);
    });
});
