/**
 * The pack run as an analyzer plugin, the way `pulumi preview --policy-pack` runs it (lib/engine/session.ts): a child
 * process started by @pulumi/pulumi's run-policy-pack, spoken to over the Analyzer gRPC protocol. One pack process
 * per describe block (start-up is about a second). Assumes dist/ is built (`npm test` builds it first).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Vault } from "@pulumi/azure-native/keyvault";
import { DiagnosticSetting } from "@pulumi/azure-native/monitor";
import { Subnet, VirtualNetwork } from "@pulumi/azure-native/network";
import { StorageAccount } from "@pulumi/azure-native/storage";
import { evaluate } from "../../lib/engine/evaluate";
import { packPolicies } from "../../lib/engine/pack";
import { parsePolicyPackConfig, reconcilePolicyPackConfig, validateJsonSchema } from "../../lib/engine/policy-config";
import { registry } from "../../lib/kit/registry";
import { settingsPolicyName } from "../../lib/kit/settings";
import { readStackExport } from "../../lib/inputs/stack-export";
import { tokenOf, versioned } from "../tester";
import { HarnessError, PolicyConfigError } from "../../lib/core/errors";
import { packName, packRoot } from "../../lib/core/paths";
import { EngineResource } from "../../lib/core/types";
import { secret, unknownValue } from "../../lib/core/wire";
import { PolicyPackHarness } from "../../lib/engine/session";
import { decodablePolicyName } from "../../lib/engine/decode-guard";

const exampleDir = path.join(packRoot, "examples", "stack-exports");

function res(type: string, name: string, props: Record<string, unknown>, more: Partial<EngineResource> = {}): EngineResource {
    return { type, name, urn: `urn:pulumi:dev::app::${type}::${name}`, props, ...more };
}

const account = tokenOf(StorageAccount);
const rg = { resourceGroupName: "rg" };
/** A storage account that fails storage-https-only (high, mandatory) and storage-min-tls-1-2 (medium, advisory). */
const insecureAccount = { ...rg, location: "eastus", enableHttpsTrafficOnly: false, minimumTlsVersion: "TLS1_0" };

function start(config?: unknown): Promise<PolicyPackHarness> {
    assert.ok(fs.existsSync(path.join(packRoot, "dist", "index.js")), "dist/index.js is missing: run `npm run build`");
    return PolicyPackHarness.start({ packDir: packRoot, config });
}

function byPolicy<T extends { policy: string }>(xs: T[], policy: string): T[] {
    return xs.filter((x) => x.policy === policy);
}

describe("the pack as an analyzer plugin", function () {
    let h: PolicyPackHarness;
    before(async function () {
        h = await start();
    });
    after(async () => h?.close());

    it("starts as the language host starts it; Handshake is not implemented by @pulumi/policy, as the CLI tolerates", () => {
        assert.strictEqual(h.handshakeStatus, "unimplemented");
        assert.deepStrictEqual([h.info.name, h.info.supportsConfig], [packName, true]);
        assert.ok(h.peakRssBytes() === undefined || h.peakRssBytes()! > 10e6);
    });

    it("analyzer info lists every policy of the registry, plus pack-settings and pack-decodable-properties, with levels, severities and valid config schemas", () => {
        const regs = registry();
        assert.deepStrictEqual(h.info.policies.map((p) => p.name).sort(),
            [settingsPolicyName, decodablePolicyName, ...regs.map((p) => p.definition.name)].sort());
        for (const r of regs) {
            const p = h.info.policies.find((x) => x.name === r.definition.name)!;
            assert.deepStrictEqual([p.enforcementLevel, p.severity, p.type], [r.enforcementLevel, r.severity ?? "low", r.definition.kind],
                p.name);
            assert.strictEqual(p.remediationSteps, r.definition.remediation, p.name);
        }
        const withSchema = h.info.policies.filter((p) => p.configSchema);
        assert.ok(withSchema.length >= 8, `only ${withSchema.length} policies have options`);
        for (const p of withSchema) {
            const props = p.configSchema!.properties ?? {};
            assert.ok(!("enforcementLevel" in props), `${p.name}: the CLI injects enforcementLevel itself`);
            for (const [key, schema] of Object.entries(props)) {
                assert.ok(typeof schema.type === "string", `${p.name}.${key} has a type`);
                assert.ok("default" in schema, `${p.name}.${key} has a default`);
                assert.deepStrictEqual(validateJsonSchema(schema, schema.default, key), [], `${p.name}.${key}: default fits the schema`);
            }
        }
    });

    it("Configure got every policy at its advertised level with its schema defaults filled in", () => {
        assert.strictEqual(h.config.size, h.info.policies.length);
        assert.deepStrictEqual(h.config.get("log-analytics-retention"), { enforcementLevel: "advisory", properties: { minimumDays: 90 } });
        assert.deepStrictEqual(h.config.get(settingsPolicyName)?.properties, { severityThreshold: "high", exemptions: [],
            expiryWarningDays: 30, allowTagExemptions: false, exemptionTag: "azure-srm-exempt" });
    });

    it("a violation carries the policy's severity and level, the message without the description prefix", async () => {
        const r = res(account, "acct", insecureAccount);
        const { findings } = await h.analyze(r);
        const [https] = byPolicy(findings, "storage-https-only");
        assert.ok(https, JSON.stringify(findings));
        assert.deepStrictEqual([https.urn, https.enforcementLevel, https.severity], [r.urn, "mandatory", "high"]);
        assert.match(https.message, /^enableHttpsTrafficOnly is false/);
    });

    it("an unknown input yields no violation, and one not-applicable note that starts with \"cannot decide yet\"", async () => {
        const r = res(account, "acct", { ...rg, enableHttpsTrafficOnly: unknownValue });
        const { findings, notApplicable } = await h.analyze(r);
        assert.deepStrictEqual(byPolicy(findings, "storage-https-only"), []);
        assert.ok(!findings.some((f) => /can't run policy/.test(f.message)), "no 'can't run during preview' advisories");
        const notes = byPolicy(notApplicable, "storage-https-only");
        assert.strictEqual(notes.length, 1);
        assert.match(notes[0].reason, /^cannot decide yet: enableHttpsTrafficOnly is unknown/);
    });

    it("secrets go as the engine's secret objects, and policies read the value inside", async () => {
        const { findings } = await h.analyze(res(account, "acct", { ...rg, enableHttpsTrafficOnly: secret(false),
            networkRuleSet: secret({ defaultAction: "Allow" }) }));
        assert.strictEqual(byPolicy(findings, "storage-https-only").length, 1, JSON.stringify(findings));
        assert.strictEqual(byPolicy(findings, "storage-network-default-deny").length, 1, JSON.stringify(findings));
    });

    it("versioned type tokens are matched as the default ones", async () => {
        const names = async (type: string) => (await h.analyze(res(type, "acct", insecureAccount))).findings.map((f) => f.policy).sort();
        const plain = await names(account);
        assert.ok(plain.includes("storage-https-only"));
        assert.deepStrictEqual(await names(versioned(account, "v20230101")), plain);
    });

    it("a stack policy sees property dependencies: diagnostic settings matched while resource ids are unknown", async () => {
        const vault = (name: string, vaultName: string) => res(tokenOf(Vault), name,
            { ...rg, vaultName, properties: { tenantId: "t", sku: { family: "A", name: "standard" } } });
        const kv1 = vault("kv1", "kv-one");
        const kv2 = vault("kv2", "kv-two");
        const setting = res(tokenOf(DiagnosticSetting), "kv1-diag", {
            resourceUri: unknownValue, workspaceId: unknownValue, logs: [{ categoryGroup: "allLogs", enabled: true }],
        }, { dependencies: [kv1.urn], propertyDependencies: { resourceUri: [kv1.urn] } });

        const { findings, notApplicable } = await h.analyzeStack([kv1, kv2, setting]);
        const diag = byPolicy(findings, "diagnostic-settings-required");
        assert.deepStrictEqual(diag.map((f) => f.urn), [kv2.urn], JSON.stringify(findings));
        assert.deepStrictEqual(byPolicy(notApplicable, "diagnostic-settings-required"), []);

        // Without the property dependency the unknown resourceUri could point anywhere: the policy cannot decide.
        const blind = await h.analyzeStack([kv1, kv2, { ...setting, propertyDependencies: {} }]);
        assert.deepStrictEqual(byPolicy(blind.findings, "diagnostic-settings-required"), []);
        assert.match(byPolicy(blind.notApplicable, "diagnostic-settings-required")[0]?.reason ?? "", /^cannot decide yet/);
    });

    it("a stack policy reports against the offending resource: subnet-nsg-required, inline and standalone subnets", async () => {
        const nsgId = unknownValue;
        const vnet = res(tokenOf(VirtualNetwork), "vnet", {
            ...rg, subnets: [{ name: "app", networkSecurityGroup: { id: nsgId } }, { name: "bare" }],
        }, { propertyDependencies: { subnets: ["urn:pulumi:dev::app::azure-native:network:NetworkSecurityGroup::nsg"] } });
        const subnet = res(versioned(tokenOf(Subnet)), "data", { ...rg, virtualNetworkName: "vnet", subnetName: "data" },
            { parent: vnet.urn });
        const { findings } = await h.analyzeStack([vnet, subnet]);
        const found = byPolicy(findings, "subnet-nsg-required").map((f) => `${f.urn.split("::").pop()} ${f.message.split(":")[0]}`);
        assert.deepStrictEqual(found.sort(), ["data The subnet has no networkSecurityGroup", "vnet subnets[1] has no networkSecurityGroup"]);
    });

    it("Remediate: the pack has no remediations, so Remediate changes nothing and reports nothing (no error)", async () => {
        // No policy is at the `remediate` level by default, so none remediates.
        assert.deepStrictEqual(await h.remediate(res(account, "acct", insecureAccount)), { remediations: [], notApplicable: [] });
    });

    it("evaluateAll over the example exports: exactly the in-process evaluation, and nothing for the secure twin", async () => {
        const insecure = readStackExport(path.join(exampleDir, "insecure.json"));
        const key = (f: { policy: string; urn: string; enforcementLevel: string; severity: string; message: string }) =>
            `${f.policy} ${f.urn} ${f.enforcementLevel} ${f.severity} ${f.message}`;
        const viaPlugin = await h.evaluateAll(insecure);
        const inProcess = await evaluate(packPolicies(), insecure);
        assert.ok(viaPlugin.findings.length >= 40, `${viaPlugin.findings.length} findings`);
        assert.deepStrictEqual(viaPlugin.findings.map(key).sort(), inProcess.findings.map(key).sort());
        assert.deepStrictEqual((await h.evaluateAll(readStackExport(path.join(exampleDir, "secure.json")))).findings, []);
    });
});

describe("policy config through the plugin", function () {
    let h: PolicyPackHarness;
    before(async function () {
        h = await start({
            "storage-https-only": "advisory",
            [settingsPolicyName]: { severityThreshold: "medium" },
            "allowed-locations": { locations: ["West Europe"] },
            "app-service-min-tls-1-2": { enforcementLevel: "remediate" },
            "no-such-policy": "disabled",
        });
    });
    after(async () => h?.close());

    it("a level set for a policy overrides its default, and stays as set under the threshold", async () => {
        const { findings } = await h.analyze(res(account, "acct", insecureAccount));
        assert.deepStrictEqual(byPolicy(findings, "storage-https-only").map((f) => f.enforcementLevel), ["advisory"]);
    });

    it("pack-settings.severityThreshold medium makes a medium policy mandatory", async () => {
        const { findings } = await h.analyze(res(account, "acct", insecureAccount));
        assert.deepStrictEqual(byPolicy(findings, "storage-min-tls-1-2").map((f) => [f.severity, f.enforcementLevel]),
            [["medium", "mandatory"]]);
    });

    it("policy options reach the check", async () => {
        const west = await h.analyze(res(account, "a", { ...rg, location: "westeurope" }));
        const east = await h.analyze(res(account, "b", { ...rg, location: "eastus" }));
        assert.deepStrictEqual(byPolicy(west.findings, "allowed-locations"), []);
        assert.strictEqual(byPolicy(east.findings, "allowed-locations").length, 1);
    });

    it("a policy at `remediate`: Analyze reports it as mandatory; Remediate returns the fixed inputs, on which it reports nothing", async () => {
        const app = res("azure-native:web:WebApp", "app", { ...rg, siteConfig: { minTlsVersion: "1.0" } });
        const { findings } = await h.analyze(app);
        assert.deepStrictEqual(byPolicy(findings, "app-service-min-tls-1-2").map((f) => f.enforcementLevel), ["mandatory"]);
        const { remediations, notApplicable } = await h.remediate(app);
        assert.deepStrictEqual(notApplicable, []);
        assert.deepStrictEqual(remediations.map((r) => [r.policy, r.properties]),
            [["app-service-min-tls-1-2", { ...rg, siteConfig: { minTlsVersion: "1.2" } }]]);
        const fixed = await h.analyze({ ...app, props: remediations[0].properties! });
        assert.deepStrictEqual(byPolicy(fixed.findings, "app-service-min-tls-1-2"), []);
    });

    it("a config key that names no policy is sent and ignored, as under the CLI, and reported", () => {
        assert.deepStrictEqual(h.unknownConfigKeys, ["no-such-policy"]);
    });
});

describe("bad policy config is rejected with one clear error before Configure", function () {
    let info: PolicyPackHarness["info"];
    before(async function () {
        const h = await start();
        info = h.info;
        await h.close();
    });
    const reject = (config: unknown) => {
        try {
            reconcilePolicyPackConfig(info.policies, info.initialConfig, parsePolicyPackConfig(config));
        } catch (e) {
            assert.ok(e instanceof PolicyConfigError, String(e));
            return e.message;
        }
        assert.fail("config accepted");
    };

    it("a bad threshold: the harness stops before Configure (the pack's own check would word it differently)", async () => {
        await assert.rejects(start({ [settingsPolicyName]: { severityThreshold: "urgent" } }), (e: Error) => {
            assert.ok(e instanceof PolicyConfigError, String(e));
            assert.strictEqual(e.message, 'invalid policy config: policy "pack-settings": severityThreshold: must be one ' +
                'of the following: "low", "medium", "high", "critical"; got "urgent"');
            return true;
        });
    });

    it("a bad enforcement level, given as a string or in an object (before the pack even starts)", () => {
        assert.match(reject({ "storage-https-only": "strict" }),
            /^policy config "storage-https-only": "strict" is not a valid enforcement level; use one of advisory, mandatory, remediate, disabled$/);
        assert.match(reject({ "storage-https-only": { enforcementLevel: 1 } }), /"storage-https-only.enforcementLevel": 1 is not a valid/);
        assert.match(reject({ all: "everything" }), /"all": "everything" is not a valid enforcement level/);
        assert.match(reject({ "storage-https-only": 3 }), /"storage-https-only": 3 is not a valid value/);
        assert.match(reject(["storage-https-only"]), /must be a JSON object/);
    });

    it("an option of the wrong type, out of range, or a list item of the wrong type", () => {
        assert.strictEqual(reject({ "log-analytics-retention": { minimumDays: "ninety" } }),
            'invalid policy config: policy "log-analytics-retention": minimumDays: Invalid type. Expected: integer, given: string');
        assert.match(reject({ "log-analytics-retention": { minimumDays: 1.5 } }), /Expected: integer, given: number/);
        assert.match(reject({ "storage-blob-soft-delete": { minimumDays: 400 } }),
            /policy "storage-blob-soft-delete": minimumDays: Must be less than or equal to 365/);
        assert.match(reject({ "required-tags": { tags: ["owner", 7] } }), /policy "required-tags": tags.1: Invalid type. Expected: string, given: integer/);
        assert.match(reject({ "storage-encryption-hardened": { require: "both" } }), /require: must be one of the following: "infrastructure-encryption"/);
    });

    it("every problem is listed, in one error", () => {
        const message = reject({ "log-analytics-retention": { minimumDays: 0 }, [settingsPolicyName]: { severityThreshold: "HIGH" } });
        assert.match(message, /policy "log-analytics-retention": minimumDays: Must be greater than or equal to 1/);
        assert.match(message, /policy "pack-settings": severityThreshold: must be one of/);
    });

    it("an entry for no policy without a level, which the CLI would send with an empty level and fail on", () => {
        assert.match(reject({ "storage-https-onyl": { enforcementLevel: undefined, x: 1 } }),
            /"storage-https-onyl": the pack has no policy of that name, and the entry sets no enforcementLevel/);
    });

    it("an option the schema does not declare passes the CLI's validation; pack-settings then refuses it in Configure", async () => {
        await assert.rejects(start({ [settingsPolicyName]: { threshold: "low" } }), (e: Error) => {
            assert.ok(e instanceof PolicyConfigError, String(e));
            assert.match(e.message, /^policy pack "azure-shared-responsibility" rejected its config: configure failed/);
            return true;
        });
    });
});

describe("packs that cannot run", function () {
    const dirs: string[] = [];
    /** A pack directory with `files`, and the real node_modules linked in unless told otherwise. */
    function pack(files: Record<string, string>, modules = true): string {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harness-pack-"));
        dirs.push(dir);
        for (const [name, text] of Object.entries({
            "package.json": JSON.stringify({ name: "fixture", version: "1.0.0", main: "index.js" }),
            "PulumiPolicy.yaml": "runtime: nodejs\n",
            ...files,
        })) {
            fs.writeFileSync(path.join(dir, name), text);
        }
        if (modules) {
            fs.symlinkSync(path.join(packRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
        }
        return dir;
    }
    after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

    it("a pack that throws while loading: one error with its exit code and stderr", async () => {
        const dir = pack({ "index.js": "throw new Error('boom: this pack is broken');\n" });
        await assert.rejects(PolicyPackHarness.start({ packDir: dir }), (e: Error) => {
            assert.ok(e instanceof HarnessError, String(e));
            assert.match(e.message, new RegExp(`^policy pack at ${dir} failed to start: it exited with code \\d+ before printing its port`));
            assert.match(e.message, /--- stderr ---\n[^]*boom: this pack is broken/);
            return true;
        });
    });

    it("a pack that never prints its port: one error after the timeout", async () => {
        const dir = pack({ "index.js": "console.error('waiting forever'); setInterval(() => undefined, 1000);\n" });
        await assert.rejects(PolicyPackHarness.start({ packDir: dir, timeoutMs: 4000 }),
            /failed to start: it printed no port within 4000 ms\n--- stderr ---\nwaiting forever/);
    });

    it("a pack without its dependencies, or not built: the CLI's advice, before anything runs", async () => {
        await assert.rejects(PolicyPackHarness.start({ packDir: pack({ "index.js": "" }, false) }),
            /dependencies are not installed; try running npm install in/);
        await assert.rejects(PolicyPackHarness.start({ packDir: pack({}) }),
            /its entry point index.js \(package.json "main"\) does not exist; build it first \(npm run build\)/);
    });

    it("the Engine service collects what a policy logs when PULUMI_NODEJS_ENGINE is set; stderr is kept; a pack that dies is reported", async () => {
        const dir = pack({
            "index.js": `
const pulumi = require("@pulumi/pulumi");
const { PolicyPack } = require("@pulumi/policy");
new PolicyPack("fixture", { policies: [{
    name: "logs", description: "Logs what it sees.", enforcementLevel: "advisory",
    validateResource: async (args) => {
        await pulumi.log.info("saw " + args.name);
        console.error("stderr from the policy");
    },
}] });
`,
        });
        const h = await PolicyPackHarness.start({ packDir: dir, logToEngine: true });
        try {
            assert.deepStrictEqual((await h.analyze(res("x:y:Z", "thing", {}))).findings, []);
            await new Promise((r) => setTimeout(r, 200)); // stderr arrives on its own pipe
            assert.ok(h.logs.some((l) => l.source === "engine" && l.severity === "info" && l.message === "saw thing"),
                JSON.stringify(h.logs));
            assert.ok(h.logs.some((l) => l.source === "stderr" && l.message === "stderr from the policy"), JSON.stringify(h.logs));

            // A pack that dies under the harness: the next call says so, once, with the exit.
            process.kill(h.pid, "SIGKILL");
            await assert.rejects(h.analyze(res("x:y:Z", "thing", {})), (e: Error) => {
                assert.ok(e instanceof HarnessError, String(e));
                assert.match(e.message, /^analyze failed: .*; the pack exited \(SIGKILL\)/);
                return true;
            });
        } finally {
            await h.close();
        }
    });
});
