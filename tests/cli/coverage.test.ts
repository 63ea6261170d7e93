import * as assert from "assert";
import { runCli } from "../../lib/cli/cli";
import { catalog } from "../../lib/kit/model";
import { registry } from "../../lib/kit/registry";
import { mcsbCoverage } from "../../lib/reports/mcsb";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = "";
    let err = "";
    const code = await runCli(argv, { out: (s) => { out += s; }, err: (s) => { err += s; } });
    return { code, out, err };
}

describe("azure-srm coverage --mcsb", () => {
    it("--json gives the report as data", async () => {
        const { code, out, err } = await run("coverage", "--mcsb", "--json");
        assert.strictEqual(code, 0, err);
        assert.deepStrictEqual(JSON.parse(out), JSON.parse(JSON.stringify(mcsbCoverage())));
        assert.deepStrictEqual(JSON.parse((await run("coverage", "--json", "--mcsb")).out), JSON.parse(out));
    });

    it("prints one row per definition with its verdict and policies, then the totals", async () => {
        const { code, out } = await run("coverage", "--mcsb");
        assert.strictEqual(code, 0);
        const { totals, definitions } = mcsbCoverage();
        assert.match(out, /^Azure Policy initiative Microsoft cloud security benchmark \(1f3afdf9-d0c9-4c3d-847f-89da613e70a8, version 57\.56\.0\): 223 definitions\n/);
        assert.match(out, /\nVERDICT +DEFINITION +POLICIES +DISPLAY NAME\n/);
        assert.match(out, /\ncovered +404c3081-a854-4457-ae30-26a93ef643f9 +storage-https-only +Secure transfer to storage accounts should be enabled\n/);
        assert.match(out, /\ncovered +7926a6d1-b268-4586-8197-e8ae90c877d7 +defender-plan-standard \(partly\), defender-plans-required +Microsoft Defender for APIs should be enabled\n/);
        assert.match(out, /\nout-of-scope +0ec47710-77ff-4a3d-9181-6aa50af424d0 +- +Geo-redundant backup should be enabled for Azure Database for MariaDB \[retired, property\]\n/);
        const rows = out.split("\n").filter((l) => /^(covered|partial|none|out-of-scope) /.test(l));
        assert.strictEqual(rows.length, definitions.length);
        for (const verdict of ["covered", "partial", "none"] as const) {
            assert.strictEqual(rows.filter((l) => l.startsWith(`${verdict} `)).length, totals.inScope[verdict], verdict);
        }
        assert.ok(out.endsWith(`\nin scope: 136 definitions: ${totals.inScope.covered} covered, ${totals.inScope.partial} partial, ` +
            `${totals.inScope.none} none\nout of scope: 87 definitions: 70 not decidable from a program's resources, ` +
            "15 of retired services, 2 of classic resources\n"), out.slice(-300));
    });

    it("list --json gives each policy's Azure Policy ids, and the definitions with their display names", async () => {
        const entries = JSON.parse((await run("list", "--json")).out) as
            { name: string; frameworks: { azurePolicy: string[] }; azurePolicyDefinitions: { id: string; displayName: string; partial?: string }[] }[];
        for (const e of entries) {
            assert.deepStrictEqual(e.azurePolicyDefinitions.map((d) => d.id), e.frameworks.azurePolicy, e.name);
        }
        const https = entries.find((e) => e.name === "storage-https-only")!;
        assert.deepStrictEqual(https.azurePolicyDefinitions, [{ id: "404c3081-a854-4457-ae30-26a93ef643f9",
            displayName: "Secure transfer to storage accounts should be enabled" }]);
        assert.ok(entries.filter((e) => e.frameworks.azurePolicy.length > 0).length >= 40);
    });

    it("rejects an unknown option", async () => {
        const bad = await run("coverage", "--mcbs");
        assert.strictEqual(bad.code, 2);
        assert.match(bad.err, /unknown option "--mcbs"; this command takes --json, --mcsb/);
    });
});

describe("azure-srm coverage", () => {
    it("names the catalog types that only location and tag policies reach, apart from those no policy reaches", async () => {
        const { code, out } = await run("coverage", "--json");
        assert.strictEqual(code, 0);
        const report = JSON.parse(out) as { uncoveredTypes: string[]; typesWithoutSecurityCheck: string[] };
        const tokens = new Set(Object.values(catalog).map((t) => t.token));
        for (const t of [...report.uncoveredTypes, ...report.typesWithoutSecurityCheck]) {
            assert.ok(tokens.has(t), t);
        }
        // allowed-locations and required-tags reach every located type; they are not a security check of it.
        const byGroupsOnly = registry().filter((p) => p.definition.resources.includes(catalog.resourceGroup));
        assert.ok(byGroupsOnly.some((p) => p.definition.name === "allowed-locations"));
        const ownChecks = byGroupsOnly.filter((p) => p.definition.kind === "stack" || "resourceGroup" in p.definition.check);
        assert.strictEqual(report.typesWithoutSecurityCheck.includes(catalog.resourceGroup.token), ownChecks.length === 0);
        assert.ok(!report.typesWithoutSecurityCheck.includes(catalog.storageAccount.token));
        assert.ok(!report.uncoveredTypes.some((t) => report.typesWithoutSecurityCheck.includes(t)));
        const text = (await run("coverage")).out;
        assert.match(text, new RegExp(`\\ncatalog types with no security check, only location / tags \\(${report.typesWithoutSecurityCheck.length}\\): `));
    });
});
