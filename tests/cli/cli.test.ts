import * as assert from "assert";
import { runCli } from "../../lib/cli/cli";
import { areas } from "../../lib/kit/model";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = "";
    let err = "";
    const code = await runCli(argv, { out: (s) => { out += s; }, err: (s) => { err += s; } });
    return { code, out, err };
}

describe("azure-srm", () => {
    it("list --json prints one object per policy with the documented fields", async () => {
        const { code, out } = await run("list", "--json");
        assert.strictEqual(code, 0);
        const entries = JSON.parse(out);
        assert.ok(entries.length >= 60);
        for (const e of entries) {
            for (const key of ["name", "description", "area", "responsibility", "serviceModel", "resourceTypes", "kind",
                "baseSeverity", "severity", "enforcementLevel", "frameworks", "remediation"]) {
                assert.ok(key in e, `${e.name} lacks ${key}`);
            }
            assert.ok(Object.keys(areas).includes(e.area));
            assert.ok(["IaaS", "PaaS", "SaaS"].includes(e.serviceModel));
            assert.ok(e.frameworks.mcsb.length > 0 && Array.isArray(e.frameworks.cis));
            assert.ok(e.resourceTypes.every((t: string) => t.startsWith("azure-native:")));
        }
    });

    it("list prints a table with a count", async () => {
        const { code, out } = await run("list");
        assert.strictEqual(code, 0);
        assert.match(out, /^POLICY\s+AREA\s+MODEL\s+SEVERITY\s+ENFORCEMENT\s+MCSB/);
        assert.match(out, /\n\d+ policies\n$/);
    });

    it("coverage counts policies per area and service model", async () => {
        const { code, out } = await run("coverage", "--json");
        assert.strictEqual(code, 0);
        const report = JSON.parse(out);
        const total = Object.values(report.byArea as Record<string, Record<string, number>>)
            .reduce((n, byModel) => n + Object.values(byModel).reduce((a, b) => a + b, 0), 0);
        assert.strictEqual(total, JSON.parse((await run("list", "--json")).out).length);
    });

    it("the generated docs and the README's policy table are up to date", async () => {
        const { code, err } = await run("docs", "--check");
        assert.strictEqual(code, 0, err);
    });

    it("rejects an unknown command or option with one clear error and exit code 2", async () => {
        const bad = await run("list", "--yaml");
        assert.strictEqual(bad.code, 2);
        assert.match(bad.err, /^azure-srm: unknown option "--yaml"; this command takes --json/);
        assert.strictEqual(bad.out, "");
        const cmd = await run("scna");
        assert.strictEqual(cmd.code, 2);
        assert.match(cmd.err, /unknown command "scna"/);
        assert.strictEqual((await run()).code, 2);
        assert.strictEqual((await run("--help")).code, 0);
        const version = await run("--version");
        assert.deepStrictEqual([version.code, version.out], [0, `azure-srm ${require("../../package.json").version}\n`]);
        for (const flag of ["--help", "-h"]) {
            const help = await run("scan", flag);
            assert.strictEqual(help.code, 0);
            assert.match(help.out, /^usage: azure-srm/);
        }
    });
});
