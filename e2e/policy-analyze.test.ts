/**
 * `pulumi policy analyze --policy-pack <pack> --file <stack export>` in the real CLI, over the built-in example
 * exports: how the engine boots the pack (PulumiPolicy.yaml, the Node.js runtime), validates its config against
 * the policies' schemas, prints violations and sets the exit code.
 */
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { pack, repo, Result, Sandbox, stackExports } from "./cli";
import { findingKeys, namesAt, parseEvents, PolicyEvent, policyEvents, textViolations } from "./events";

/** The insecure example's mandatory policies at the default threshold (high). */
const insecureMandatory = [
    "aks-entra-integration", "aks-local-accounts-disabled", "aks-rbac-enabled", "app-service-https-only",
    "nsg-no-ssh-from-internet", "sql-entra-only-auth", "sql-firewall-no-internet", "sql-tde-enabled", "storage-blob-public-access-disabled",
    "storage-https-only", "storage-shared-key-access-disabled", "subnet-nsg-required", "vm-linux-password-auth-disabled",
    "vm-nic-no-public-ip",
];

type Export = { deployment: { resources: { inputs?: object; outputs?: object }[] } };

/**
 * The example as `pulumi up` would have recorded it: the committed exports carry inputs only, but the engine
 * hands stack policies each resource's outputs (see AnalyzeSnapshot in pkg/resource/deploy), so a resource
 * without outputs looks empty to them. Outputs equal to the inputs is what a provider that echoes them records.
 */
function withOutputs(name: string, outputs: (inputs: object) => object = (inputs) => inputs): Export {
    const doc = JSON.parse(fs.readFileSync(path.join(stackExports, `${name}.json`), "utf8")) as Export;
    for (const r of doc.deployment.resources) {
        r.outputs = outputs(r.inputs ?? {});
    }
    return doc;
}

/** The in-process harness on the same file: `azure-srm scan --format json`, as "policy resource level severity". */
function scanKeys(file: string): string[] {
    let out: string;
    try {
        out = execFileSync("node", [path.join(repo, "dist", "bin", "azure-srm.js"), "scan", file, "--format", "json"], { encoding: "utf8" });
    } catch (e) {
        out = (e as { stdout: string }).stdout; // exit 1: a mandatory policy failed
    }
    const report = JSON.parse(out) as { findings: { policy: string; resourceName: string; enforcementLevel: string; severity: string }[] };
    return report.findings.map((f) => `${f.policy} ${f.resourceName} ${f.enforcementLevel} ${f.severity}`).sort();
}

/** The names of the pack's stack policies (`azure-srm list --json`, kind "stack"). */
function stackPolicyNames(): string[] {
    const list = JSON.parse(execFileSync("node", [path.join(repo, "dist", "bin", "azure-srm.js"), "list", "--json"], { encoding: "utf8" }));
    return (list as { name: string; kind: string }[]).filter((p) => p.kind === "stack").map((p) => p.name);
}

describe("pulumi policy analyze (the real CLI)", () => {
    let sb: Sandbox;
    let insecure: string;
    let secure: string;

    const analyze = (file: string, ...extra: string[]) =>
        sb.pulumi(["policy", "analyze", "--policy-pack", pack, "--file", file, ...extra]);
    const analyzeJson = async (file: string, ...extra: string[]): Promise<Result & { events: PolicyEvent[] }> => {
        const r = await analyze(file, "--json", ...extra);
        return { ...r, events: policyEvents(parseEvents(r.stdout)) };
    };
    const config = (name: string, value: object) => sb.write(`${name}.json`, value);

    before(() => {
        sb = new Sandbox("analyze");
        insecure = sb.write("insecure.json", withOutputs("insecure"));
        secure = sb.write("secure.json", withOutputs("secure"));
    });
    after(() => sb.remove());

    it("is the pinned CLI", async () => {
        const r = await sb.expect(0, ["version"]);
        assert.strictEqual(r.stdout.trim(), "v3.274.1");
    });

    it("fails the insecure example on its mandatory violations, the same findings as the in-process scan", async () => {
        const r = await analyzeJson(insecure);
        assert.notStrictEqual(r.code, 0, r.output);
        assert.match(r.stderr, /one or more mandatory policy violations were found/);
        assert.deepStrictEqual(namesAt(r.events, "mandatory"), insecureMandatory);
        assert.ok(r.events.every((e) => e.policyPackName === "azure-shared-responsibility"));
        // Every finding, advisory ones included, with the same level and severity as `azure-srm scan`.
        assert.deepStrictEqual(findingKeys(r.events), scanKeys(insecure));
    });

    it("prints each violation with its enforcement level, severity, description and message", async () => {
        const r = await analyze(insecure);
        assert.notStrictEqual(r.code, 0);
        const shown = textViolations(r.output);
        assert.deepStrictEqual([...new Set(shown.filter((v) => v.level === "mandatory").map((v) => v.policy))].sort(), insecureMandatory);
        assert.ok(shown.some((v) => v.policy === "storage-https-only" && v.severity === "high" &&
            v.type === "azure-native:storage:StorageAccount" && v.name === "storage"), r.output);
        assert.ok(shown.some((v) => v.policy === "nsg-no-ssh-from-internet" && v.severity === "critical"), r.output);
        assert.match(r.output, /Storage accounts accept HTTPS \(encrypted\) traffic only\.\n\s+enableHttpsTrafficOnly is false, so the account accepts plain HTTP: set it to true\./);
    });

    it("passes the secure example", async () => {
        const r = await analyzeJson(secure);
        assert.strictEqual(r.code, 0, r.output);
        assert.deepStrictEqual(r.events, []);
        assert.deepStrictEqual(scanKeys(secure), []);
    });

    it("gives stack policies the recorded outputs, not the inputs: without outputs they see empty resources", async () => {
        // The in-process scan reads inputs and passes this file; under the CLI, resource policies still pass
        // (they get inputs) but stack policies find nothing to go on (v3.274.1: sql-entra-only-auth mandatory,
        // diagnostic-settings-required and sql-server-auditing advisory).
        const bare = sb.write("secure-no-outputs.json", withOutputs("secure", () => ({})));
        assert.deepStrictEqual(scanKeys(bare), []);
        const r = await analyzeJson(bare);
        assert.notStrictEqual(r.events.length, 0, r.output);
        const stackPolicies = stackPolicyNames();
        assert.deepStrictEqual(r.events.filter((e) => !stackPolicies.includes(e.policyName)), []);
    });

    describe("--policy-pack-config", () => {
        it("turns one mandatory policy advisory, leaving the others mandatory", async () => {
            const r = await analyzeJson(insecure, "--policy-pack-config", config("one-advisory", { "storage-https-only": "advisory" }));
            assert.notStrictEqual(r.code, 0, r.output);
            assert.deepStrictEqual(r.events.filter((e) => e.policyName === "storage-https-only").map((e) => e.enforcementLevel), ["advisory"]);
            assert.deepStrictEqual(namesAt(r.events, "mandatory"), insecureMandatory.filter((n) => n !== "storage-https-only"));
        });

        it("passes the insecure example with every policy advisory", async () => {
            const r = await analyzeJson(insecure, "--policy-pack-config", config("all-advisory", { all: "advisory" }));
            assert.strictEqual(r.code, 0, r.output);
            assert.deepStrictEqual(namesAt(r.events, "mandatory"), []);
            assert.deepStrictEqual(namesAt(r.events, "advisory"), [...new Set(scanKeys(insecure).map((k) => k.split(" ")[0]))].sort());
        });

        it("applies pack-settings.severityThreshold: at medium, medium policies block too", async () => {
            const r = await analyzeJson(insecure, "--policy-pack-config", config("medium", { "pack-settings": { severityThreshold: "medium" } }));
            assert.notStrictEqual(r.code, 0, r.output);
            for (const e of r.events) {
                const expected = e.severity === "low" ? "advisory" : "mandatory";
                assert.strictEqual(e.enforcementLevel, expected, `${e.policyName} (${e.severity})`);
            }
            assert.ok(r.events.some((e) => e.severity === "low"), "the example has low-severity findings");
        });

        it("keeps a level set explicitly when it differs from the default, whatever the threshold", async () => {
            const r = await analyzeJson(insecure, "--policy-pack-config", config("explicit", {
                "pack-settings": { severityThreshold: "low" }, "storage-https-only": "advisory",
            }));
            assert.deepStrictEqual(r.events.filter((e) => e.policyName === "storage-https-only").map((e) => e.enforcementLevel), ["advisory"]);
            assert.ok(r.events.filter((e) => e.policyName !== "storage-https-only").every((e) => e.enforcementLevel === "mandatory"));
        });

        it("documented limitation: a level equal to the policy's default cannot be told from no setting", async () => {
            // storage-https-only is mandatory by default; the CLI sends "mandatory" either way, so it follows the threshold.
            const r = await analyzeJson(insecure, "--policy-pack-config", config("same-as-default", {
                "pack-settings": { severityThreshold: "critical" }, "storage-https-only": "mandatory",
            }));
            assert.deepStrictEqual(r.events.filter((e) => e.policyName === "storage-https-only").map((e) => e.enforcementLevel), ["advisory"]);
            assert.deepStrictEqual(namesAt(r.events, "mandatory"), ["nsg-no-ssh-from-internet"]);
        });

        it("rejects a bad severityThreshold with the CLI's schema check, before any policy runs", async () => {
            const r = await analyze(insecure, "--policy-pack-config", config("bad-threshold", { "pack-settings": { severityThreshold: "extreme" } }));
            assert.notStrictEqual(r.code, 0);
            assert.ok(r.stderr.includes('error: loading policy packs: validating policy config for "azure-shared-responsibility": ' +
                'pack-settings: severityThreshold: severityThreshold must be one of the following: "low", "medium", "high", "critical"'), r.output);
            assert.deepStrictEqual(textViolations(r.output), []);
        });

        it("rejects a per-policy option of the wrong type", async () => {
            const r = await analyze(insecure, "--policy-pack-config", config("bad-option", { "storage-blob-soft-delete": { minimumDays: "x" } }));
            assert.notStrictEqual(r.code, 0);
            assert.ok(r.stderr.includes('validating policy config for "azure-shared-responsibility": ' +
                "storage-blob-soft-delete: minimumDays: Invalid type. Expected: integer, given: string"), r.output);
        });

        it("rejects an unknown enforcement level", async () => {
            const r = await analyze(insecure, "--policy-pack-config", config("bad-level", { "storage-https-only": "blocking" }));
            assert.notStrictEqual(r.code, 0);
            assert.match(r.stderr, /storage-https-only/);
            assert.deepStrictEqual(textViolations(r.output), []);
        });
    });
});
