import * as assert from "assert";
import { runCli } from "../../lib/cli/cli";
import { catalog } from "../../lib/kit/model";
import { registry } from "../../lib/kit/registry";
import { CisCoverage, cisCoverage } from "../../lib/reports/cis";
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
        assert.match(bad.err, /unknown option "--mcbs"; this command takes --format, --json, --mcsb, --cis/);
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

    it("lists apart, with the catalog's reason, the types with nothing of their own to check; a reason goes stale once a policy checks the type", async () => {
        const report = JSON.parse((await run("coverage", "--json")).out) as
            { typesWithoutSecurityCheck: string[]; typesWithNothingToCheck: { token: string; why: string }[] };
        const declared = Object.values(catalog).filter((t) => t.noSecurityCheck !== undefined);
        assert.deepStrictEqual(report.typesWithNothingToCheck.map((t) => t.token), declared.map((t) => t.token).sort());
        for (const t of report.typesWithNothingToCheck) {
            assert.strictEqual(t.why, declared.find((d) => d.token === t.token)!.noSecurityCheck);
            assert.ok(!report.typesWithoutSecurityCheck.includes(t.token), t.token);
        }
        // Issue 11: every catalog type has a security check of its own, or says why it has none.
        assert.deepStrictEqual(report.typesWithoutSecurityCheck, []);
        // Issue 11: every type once listed here (AFDEndpoint, NAT gateway, ...) has a check of its own now.
        assert.match((await run("coverage")).out, /\ncatalog types with nothing of their own to check \(0\): none\n/);
    });
});

describe("azure-srm coverage --cis", () => {
    it("--json gives each recommendation of CIS v6.0.0 with the policies that name it, and the totals", async () => {
        const { code, out, err } = await run("coverage", "--cis", "--json");
        assert.strictEqual(code, 0, err);
        const report = JSON.parse(out) as CisCoverage;
        assert.deepStrictEqual(report, JSON.parse(JSON.stringify(cisCoverage())));
        assert.strictEqual(report.benchmark.version, "v6.0.0");
        assert.strictEqual(report.recommendations.length, 127);
        const ids = report.recommendations.map((r) => r.id);
        assert.ok(ids.indexOf("2.1.2") < ids.indexOf("2.1.10"), "benchmark order, not string order");
        const byId = new Map(report.recommendations.map((r) => [r.id, r]));
        assert.deepStrictEqual(byId.get("9.3.4")!.policies, ["storage-https-only"]);
        assert.strictEqual(byId.get("9.3.4")!.verdict, "covered");
        assert.strictEqual(byId.get("5.1.3")!.verdict, "not-decidable");
        assert.match(byId.get("5.1.3")!.notDecidable!, /tenant setting/);
        // Every policy's CIS ids appear on the recommendations they name, and nowhere else.
        for (const { definition } of registry()) {
            for (const id of definition.frameworks.cis ?? []) {
                assert.ok(byId.get(id)!.policies.includes(definition.name), `${definition.name} -> ${id}`);
            }
        }
        const t = report.totals;
        assert.strictEqual(t.decidable.covered + t.decidable.none, t.decidable.recommendations);
        assert.strictEqual(Object.values(t.notDecidable).reduce((a, b) => a + b, 0), t.recommendations - t.decidable.recommendations);
    });

    it("prints a row per recommendation, then the totals; --cis and --mcsb together are refused", async () => {
        const { code, out } = await run("coverage", "--cis");
        assert.strictEqual(code, 0);
        const { totals } = cisCoverage();
        assert.match(out, /^CIS Microsoft Azure Foundations Benchmark v6\.0\.0: 127 recommendations\n/);
        assert.match(out, /\ncovered +9\.3\.4 +L1 +storage-https-only +storage secure transfer required\n/);
        assert.match(out, /\nnot-decidable +5\.1\.1 +L1 +- +Entra ID security defaults on \[an Entra ID or Microsoft 365 tenant setting/);
        assert.ok(out.endsWith(`\ndecidable from a program: ${totals.decidable.recommendations} recommendations: ` +
            `${totals.decidable.covered} covered, ${totals.decidable.none} none\n` +
            `not decidable: ${127 - totals.decidable.recommendations} recommendations (11 tenant, 16 process, 4 runtime, 3 workspace, 2 no-sdk)\n`), out.slice(-300));
        const both = await run("coverage", "--cis", "--mcsb");
        assert.strictEqual(both.code, 2);
        assert.match(both.err, /coverage takes --mcsb or --cis, not both/);
    });
});
