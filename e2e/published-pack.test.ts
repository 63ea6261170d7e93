/**
 * The pack as org enforcement gets it: `npm pack` (what `pulumi policy publish` uploads), the tarball extracted
 * into a clean directory, its dependencies installed there the way the Node.js language host installs a policy
 * pack's (scripts/bench-install.ts says which command and why), then `pulumi policy analyze --policy-pack
 * <that directory>`: the same findings as the repository's pack, with nothing but the production dependencies.
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { InstalledPack, installPublishedPack } from "../scripts/bench-install";
import { pack, repo, Sandbox, stackExports } from "./cli";
import { parseEvents, PolicyEvent, policyEvents } from "./events";

type Export = { deployment: { resources: { inputs?: object; outputs?: object }[] } };

/** The insecure example with outputs equal to its inputs, so stack policies see the resources too. */
function insecureWithOutputs(): Export {
    const doc = JSON.parse(fs.readFileSync(path.join(stackExports, "insecure.json"), "utf8")) as Export;
    for (const r of doc.deployment.resources) {
        r.outputs = r.inputs ?? {};
    }
    return doc;
}

/** "policy urn level" per violation, sorted (a stack-wide finding has no URN). */
function violations(events: PolicyEvent[]): string[] {
    return events.map((e) => `${e.policyName} ${e.resourceUrn ?? "(stack)"} ${e.enforcementLevel}`).sort();
}

/** `azure-srm args...` of a pack directory (its dist/bin), resolving with the exit code and stdout. */
function azureSrm(packDir: string, args: string[]): { code: number; stdout: string; stderr: string } {
    const r = spawnSync("node", [path.join(packDir, "dist", "bin", "azure-srm.js"), ...args], { encoding: "utf8" });
    return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

function resolvesFrom(dir: string, request: string): boolean {
    try {
        require.resolve(request, { paths: [dir] });
        return true;
    } catch {
        return false;
    }
}

describe("the published pack, installed as org enforcement installs it", () => {
    let sb: Sandbox;
    let published: InstalledPack;
    let file: string;

    before(async () => {
        sb = new Sandbox("published");
        published = await installPublishedPack(path.join(sb.root, "published"));
        file = sb.write("insecure.json", insecureWithOutputs());
    });
    after(() => sb?.remove());

    it("ships the compiled pack, its CLI, PulumiPolicy.yaml and the README, and no tests or dev scripts", () => {
        for (const f of ["PulumiPolicy.yaml", "README.md", "package.json", "dist/index.js", "dist/bin/azure-srm.js"]) {
            assert.ok(fs.existsSync(path.join(published.dir, f)), `${f} is missing from the tarball`);
        }
        for (const f of ["tests", "e2e", "examples", "scripts", "dist/scripts", "dist/tests", "index.ts", "tsconfig.json"]) {
            assert.ok(!fs.existsSync(path.join(published.dir, f)), `${f} should not be in the tarball`);
        }
    });

    it("installs the production dependencies only: no @pulumi/azure-native, no dev tools", () => {
        // PulumiPolicy.yaml's `production: true` is what makes the language host pass --production.
        assert.deepStrictEqual(published.command, ["npm", "install", "--loglevel=error", "--production"]);
        assert.ok(resolvesFrom(published.dir, "@pulumi/policy"), "@pulumi/policy is not installed");
        for (const dev of ["@pulumi/azure-native", "azure-native-v2", "mocha", "fast-check"]) {
            assert.ok(!resolvesFrom(published.dir, `${dev}/package.json`), `${dev} was installed`);
        }
    });

    it("runs the azure-srm CLI from the production install: the same scan findings as the repository's", () => {
        const version = azureSrm(published.dir, ["--version"]);
        assert.strictEqual(version.code, 0, version.stderr);
        const findings = (packDir: string) => {
            const r = azureSrm(packDir, ["scan", file, "--format", "json"]);
            assert.strictEqual(r.code, 1, `scan with ${packDir}: ${r.stderr}`); // 1: mandatory violations
            return (JSON.parse(r.stdout) as { findings: { policy: string; urn: string }[] }).findings.map((f) => `${f.policy} ${f.urn}`).sort();
        };
        const fromRepository = findings(repo);
        assert.notDeepStrictEqual(fromRepository, []);
        assert.deepStrictEqual(findings(published.dir), fromRepository);
    });

    it("finds the same violations under `pulumi policy analyze` as the repository's pack", async () => {
        const analyze = async (packDir: string) => {
            const r = await sb.pulumi(["policy", "analyze", "--policy-pack", packDir, "--file", file, "--json"]);
            assert.notStrictEqual(r.code, 0, `the insecure example passed with ${packDir}:\n${r.output}`);
            const events = policyEvents(parseEvents(r.stdout));
            assert.ok(events.every((e) => e.policyPackName === "azure-shared-responsibility"), r.output);
            return violations(events);
        };
        const fromRepository = await analyze(pack);
        const fromPublished = await analyze(published.dir);
        // Resource and stack policies both: the comparison covers the two ways the engine calls the pack.
        const list = azureSrm(published.dir, ["list", "--json"]);
        const stackPolicies = (JSON.parse(list.stdout) as { name: string; kind: string }[]).filter((p) => p.kind === "stack").map((p) => p.name);
        const policyOf = (v: string) => v.split(" ")[0];
        assert.ok(fromRepository.some((v) => stackPolicies.includes(policyOf(v))), "no stack policy violation to compare");
        assert.ok(fromRepository.some((v) => !stackPolicies.includes(policyOf(v))), "no resource policy violation to compare");
        assert.deepStrictEqual(fromPublished, fromRepository);
    });
});
