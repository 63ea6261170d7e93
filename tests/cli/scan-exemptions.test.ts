/**
 * `azure-srm scan` with the pack's own exemptions (pack-settings `exemptions`): the pack downgrades the finding, and
 * the report marks it with `source: "pack"`, counts it as exempted, and exits as the pack's levels say.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../lib/cli/cli";
import { exampleDir } from "../../scripts/example-stacks";

async function scan(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = "";
    let err = "";
    const code = await runCli(["scan", ...argv], { out: (s) => { out += s; }, err: (s) => { err += s; } });
    return { code, out, err };
}

const insecure = path.join(exampleDir, "insecure.json");

describe("azure-srm scan with pack exemptions", function () {
    this.timeout(120000);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "scan-exemptions-"));
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));
    const config = (name: string, exemptions: unknown[]) => {
        const file = path.join(tmp, name);
        fs.writeFileSync(file, JSON.stringify({ "pack-settings": { exemptions } }));
        return file;
    };
    const waiver = { id: "EX-1", policies: ["storage-https-only"], names: ["storage"], category: "waiver",
        reason: "legacy client until the migration", owner: "team-data", expires: "2099-12-31" };

    it("json: the exempted finding is advisory, carries its exemption with source \"pack\", and is counted apart", async () => {
        const plain = JSON.parse((await scan(insecure, "--format", "json")).out);
        const { code, out } = await scan(insecure, "--format", "json", "--config", config("one.json", [waiver]));
        const report = JSON.parse(out);
        assert.strictEqual(code, 1, "other mandatory findings still block");
        const exempted = report.findings.filter((f: any) => f.exemption);
        assert.strictEqual(exempted.length, 1);
        const f = exempted[0];
        assert.deepStrictEqual([f.policy, f.resourceName, f.enforcementLevel], ["storage-https-only", "storage", "advisory"]);
        assert.deepStrictEqual(f.exemption, { id: "EX-1", reason: "legacy client until the migration", source: "pack",
            category: "waiver", owner: "team-data", expires: "2099-12-31" });
        assert.match(f.message, /Exempted by EX-1 \(waiver, team-data, until 2099-12-31\): legacy client until the migration\.$/);
        assert.strictEqual(report.summary.exempted, 1);
        assert.strictEqual(report.summary.mandatory, plain.summary.mandatory - 1);
        assert.strictEqual(report.summary.advisory, plain.summary.advisory);
    });

    it("an exemption of every finding: nothing mandatory, exit 0; SARIF suppresses each with source \"pack\"", async () => {
        const all = config("all.json", [{ id: "EX-ALL", policies: ["*"], resources: ["urn:pulumi:insecure::*"], category: "mitigated",
            reason: "a throwaway test stack" }]);
        const json = await scan(insecure, "--format", "json", "--config", all);
        const report = JSON.parse(json.out);
        assert.strictEqual(json.code, 0, json.err);
        assert.strictEqual(report.summary.mandatory, 0);
        assert.ok(report.findings.length > 20);
        assert.ok(report.findings.every((f: any) => f.exemption?.source === "pack" && f.enforcementLevel === "advisory"));
        const sarif = JSON.parse((await scan(insecure, "--format", "sarif", "--config", all)).out);
        const results = sarif.runs[0].results.filter((r: any) => r.level !== "none");
        assert.ok(results.length > 20 && results.every((r: any) => r.suppressions?.[0]?.properties?.source === "pack"
            && r.suppressions[0].justification === "a throwaway test stack"));
    });

    it("a bad exemption is a config error: exit 2, one line naming the entry", async () => {
        const bad = await scan(insecure, "--config", config("bad.json", [waiver, { ...waiver, id: "EX-7", expires: "2099-02-30" }]));
        assert.strictEqual(bad.code, 2);
        assert.match(bad.err, /pack-settings\.exemptions\[1\]" \("EX-7"\): "expires" must be a real date, YYYY-MM-DD/);
        assert.strictEqual(bad.err.trim().split("\n").length, 1, bad.err);
    });
});
