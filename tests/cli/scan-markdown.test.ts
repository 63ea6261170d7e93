import * as assert from "assert";
import * as path from "path";
import { runCli } from "../../lib/cli/cli";
import { markdownLimit } from "../../lib/reports/formats/markdown";
import { exampleDir } from "../../scripts/example-stacks";

async function scan(...argv: string[]): Promise<{ code: number; out: string }> {
    let out = "";
    const code = await runCli(["scan", ...argv], { out: (s) => { out += s; }, err: () => undefined });
    return { code, out };
}

const decode = (s: string): string => s.replace(/&(amp|lt|gt|#\d+);/g, (_m, e: string) =>
    ({ amp: "&", lt: "<", gt: ">" } as Record<string, string>)[e] ?? String.fromCharCode(Number(e.slice(1))));

describe("azure-srm scan --format markdown", function () {
    this.timeout(120000); // each scan starts the pack as a plugin, as the CLI does

    it("the insecure example export: under the size limit, leading with exactly its blocking findings", async () => {
        const insecure = path.join(exampleDir, "insecure.json");
        const [md, json] = await Promise.all([scan(insecure, "--format", "markdown"), scan(insecure, "--format", "json")]);
        assert.strictEqual(md.code, 1, "mandatory violations fail the scan whatever the format");
        assert.ok(md.out.length <= markdownLimit, `${md.out.length} characters`);
        const report = JSON.parse(json.out);
        const mandatory = report.findings.filter((f: any) => f.enforcementLevel === "mandatory");
        assert.ok(mandatory.length > 0);

        const lines = md.out.split("\n");
        assert.strictEqual(lines[0], `## azure-srm: ${mandatory.length} mandatory violations block this deployment`);
        // The first table after the headline is the blocking one, and it holds every mandatory finding, worst first.
        const firstHeading = lines.findIndex((l, i) => i > 0 && l.startsWith("#"));
        assert.strictEqual(lines[firstHeading], `### Blocking findings (mandatory: ${mandatory.length})`);
        const rows = lines.slice(firstHeading + 1).filter((l, i, all) => all.slice(0, i).every((p) => !p.startsWith("#")))
            .filter((l) => l.startsWith("| `"));
        const pairs = rows.map((r) => `${/^\| `([^`]+)`/.exec(r)![1]} ${decode(/<code>(.*?)<\/code>/.exec(r)![1])}`);
        assert.deepStrictEqual([...pairs].sort(), mandatory.map((f: any) => `${f.policy} ${f.resourceName}`).sort());
        assert.ok(pairs[0].startsWith("nsg-no-ssh-from-internet "), "the critical finding leads");
        assert.ok(md.out.indexOf("### Counts") > md.out.indexOf(rows[rows.length - 1]));
        assert.doesNotMatch(md.out, /not shown/);
        // The advisory ones are all there, folded away.
        const folded = md.out.slice(md.out.indexOf("<details>"));
        assert.strictEqual((folded.match(/^\| `/gm) ?? []).length, report.findings.length - mandatory.length + report.undecided.length);
    });
});
