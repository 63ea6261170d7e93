/**
 * `pulumi preview --policy-pack <pack>` on the repository's example programs (examples/insecure,
 * examples/secure and examples/azure-native-2x, which runs on the 2.x SDK its own lockfile installs), on new stacks, compared finding by finding with the in-process harness
 * (`azure-srm scan examples/<name>`). The stack's config is taken from the example's Pulumi.<stack>.yaml, with
 * each secure value replaced by a placeholder set with this sandbox's passphrase (the committed ciphertexts
 * are placeholders nobody can decrypt).
 */
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { pack, repo, Sandbox } from "./cli";
import { findingKeys, namesAt, policyEvents, readEvents, textViolations } from "./events";

const examples = path.join(repo, "examples");

/** js-yaml, as @pulumi/pulumi itself loads it (it is that package's dependency, not ours). */
function loadYaml(file: string): any {
    const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
    const yaml = require(require.resolve("js-yaml", { paths: [pulumiDir] }));
    return yaml.load(fs.readFileSync(file, "utf8"));
}

/** `pulumi config set-all` arguments for the example's first stack file: plain values as they are, secrets as placeholders. */
function configArgs(source: string): string[] {
    const stackFile = fs.readdirSync(source).filter((f) => /^Pulumi\..+\.ya?ml$/.test(f)).sort()[0];
    if (!stackFile) {
        return [];
    }
    const config = (loadYaml(path.join(source, stackFile))?.config ?? {}) as Record<string, unknown>;
    return Object.entries(config).flatMap(([key, value]) => {
        if (value && typeof value === "object" && "secure" in value) {
            return ["--secret", `${key}=e2e-placeholder-secret`];
        }
        if (typeof value === "object") {
            throw new Error(`${stackFile}: ${key} is structured config, which this test does not set`);
        }
        return ["--plaintext", `${key}=${String(value)}`];
    });
}

/** The in-process harness on the same program: `azure-srm scan <dir> --format json`. */
function scanKeys(dir: string): string[] {
    let out: string;
    try {
        out = execFileSync("node", [path.join(repo, "dist", "bin", "azure-srm.js"), "scan", dir, "--format", "json"],
            { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    } catch (e) {
        out = (e as { stdout: string }).stdout; // exit 1: a mandatory policy failed
    }
    const report = JSON.parse(out) as { findings: { policy: string; resourceName: string; enforcementLevel: string; severity: string }[] };
    return report.findings.map((f) => `${f.policy} ${f.resourceName} ${f.enforcementLevel} ${f.severity}`).sort();
}

describe("pulumi preview --policy-pack on the example programs (the real CLI)", function () {
    let sb: Sandbox;

    async function preview(name: string) {
        const source = path.join(examples, name);
        const dir = sb.program(`example-${name}`, source);
        await sb.expect(0, ["stack", "init", `example-${name}`], { cwd: dir });
        const args = configArgs(source);
        if (args.length > 0) {
            await sb.expect(0, ["config", "set-all", ...args], { cwd: dir });
        }
        const log = path.join(sb.root, `example-${name}.events.jsonl`);
        const r = await sb.pulumi(["preview", "--policy-pack", pack, "--event-log", log],
            { cwd: dir, env: { PULUMI_DEBUG_COMMANDS: "true" } });
        return { ...r, events: policyEvents(readEvents(log)) };
    }

    before(async function () {
        for (const n of ["insecure", "secure", "azure-native-2x"]) {
            if (!fs.existsSync(path.join(examples, n, "index.ts"))) {
                throw new Error(`examples/${n}/index.ts is missing: the examples are part of what these tests check`);
            }
        }
        sb = new Sandbox("examples");
        await sb.expect(0, ["login", `file://${sb.backend}`]);
    });
    after(() => sb?.remove());

    it("blocks the insecure example, with exactly the findings of the in-process scan", async () => {
        const r = await preview("insecure");
        assert.notStrictEqual(r.code, 0, r.output);
        assert.match(r.output, /error: preview failed/);
        assert.ok(namesAt(r.events, "mandatory").includes("subnet-nsg-required"), "the stack policy fires at preview");
        assert.deepStrictEqual(findingKeys(r.events), scanKeys(path.join(examples, "insecure")));
        assert.ok(textViolations(r.output).length === r.events.length, r.output);
    });

    it("reports the azure-native 2.x example as written, with exactly the findings of the in-process scan", async () => {
        const r = await preview("azure-native-2x");
        assert.notStrictEqual(r.code, 0, r.output);
        const keys = findingKeys(r.events);
        assert.deepStrictEqual(keys, scanKeys(path.join(examples, "azure-native-2x")));
        assert.deepStrictEqual(keys.map((k) => k.split(" ").slice(0, 2).join(" ")), [
            "cosmosdb-customer-managed-key orders", "cosmosdb-local-auth-disabled orders",
            "cosmosdb-public-network-access-disabled orders",
            "redis-public-network-access-disabled sessions",
        ]);
    });

    it("passes the secure example, as the in-process scan does", async () => {
        const r = await preview("secure");
        assert.strictEqual(r.code, 0, r.output);
        assert.deepStrictEqual(namesAt(r.events, "mandatory"), []);
        assert.deepStrictEqual(findingKeys(r.events), scanKeys(path.join(examples, "secure")));
    });
});
