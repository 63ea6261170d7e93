import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../lib/cli/cli";
import { urnName } from "../../lib/core/urn";
import { exampleDir, exampleStacks } from "../../scripts/example-stacks";
import { packRoot } from "../../lib/core/paths";
import { outputsShaped } from "../tester";

async function scan(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = "";
    let err = "";
    const code = await runCli(["scan", ...argv], { out: (s) => { out += s; }, err: (s) => { err += s; } });
    return { code, out, err };
}

const insecure = path.join(exampleDir, "insecure.json");
const secure = path.join(exampleDir, "secure.json");

/** Every gap the insecure twin was written with: (policy, resource). */
const expected = [
    "aks-api-server-access-restricted aks", "aks-azure-policy-addon aks", "aks-defender-profile aks",
    "aks-entra-integration aks", "aks-image-cleaner aks", "aks-local-accounts-disabled aks",
    "aks-monitoring-enabled aks", "aks-network-policy aks", "aks-node-encryption-at-host aks",
    "aks-node-local-ssh-disabled aks", "aks-rbac-enabled aks", "aks-upgrade-channel aks",
    "app-service-client-certificates app", "app-service-cors-no-wildcard app", "app-service-ftps-only app",
    "app-service-https-only app", "app-service-managed-identity app", "app-service-remote-debugging-disabled app",
    "diagnostic-settings-required aks", "diagnostic-settings-required app", "diagnostic-settings-required nsg",
    "diagnostic-settings-required storage", "diagnostic-settings-required vault", "keyvault-network-default-deny vault",
    "keyvault-public-network-access-disabled vault", "keyvault-rbac-authorization vault",
    "keyvault-soft-delete-purge-protection vault", "log-analytics-retention logs", "nsg-no-ssh-from-internet nsg",
    "sql-customer-managed-key sql", "sql-entra-only-auth sql", "sql-firewall-no-internet allow-all",
    "sql-min-tls-1-2 sql", "sql-public-network-access-disabled sql", "sql-server-auditing sql",
    "sql-tde-enabled db-tde", "storage-blob-public-access-disabled storage", "storage-blob-soft-delete blob-service",
    "storage-blob-soft-delete blob-service", "storage-blob-versioning blob-service", "storage-default-oauth storage",
    "storage-encryption-hardened storage", "storage-https-only storage", "storage-key-rotation-reminder storage",
    "storage-min-tls-1-2 storage", "storage-network-default-deny storage",
    "storage-public-network-access-disabled storage", "storage-shared-key-access-disabled storage",
    "subnet-nsg-required vnet", "vm-backup-protection vm", "vm-encryption-at-host vm",
    "vm-linux-password-auth-disabled vm", "vm-linux-patch-mode vm", "vm-nic-no-public-ip nic",
    "vm-patch-assessment-mode vm", "vnet-ddos-protection vnet",
];

describe("azure-srm scan", function () {
    this.timeout(120000); // each scan starts the pack as a plugin, as the CLI does
    it("the committed example exports are what scripts/example-stacks.ts writes", () => {
        for (const [name, doc] of Object.entries(exampleStacks())) {
            const file = path.join(exampleDir, `${name}.json`);
            assert.deepStrictEqual(JSON.parse(fs.readFileSync(file, "utf8")), doc, `${file} is stale`);
        }
    });

    it("the secure example passes every policy", async () => {
        const { code, out } = await scan(secure, "--format", "json");
        const report = JSON.parse(out);
        assert.deepStrictEqual(report.findings, []);
        assert.strictEqual(report.summary.undecided, 0);
        assert.strictEqual(code, 0);
    });

    it("the insecure example yields exactly the gaps it was written with, and exits 1", async () => {
        const { code, out } = await scan(insecure, "--format", "json");
        const report = JSON.parse(out);
        assert.deepStrictEqual(report.findings.map((f: any) => `${f.policy} ${f.resourceName}`).sort(), [...expected].sort());
        assert.strictEqual(code, 1);
        // Every one of the seven areas; the pack's own entry ("pack") has nothing to say about a well-formed export.
        const { pack, ...areas } = report.summary.byArea;
        assert.ok(Object.values(areas).length === 7 && Object.values(areas).every((n) => (n as number) > 0), "findings in every area");
        assert.strictEqual(pack, 0);
        const first = report.findings[0];
        for (const key of ["policy", "resourceType", "resourceName", "urn", "area", "serviceModel", "severity",
            "enforcementLevel", "message"]) {
            assert.ok(key in first, `finding lacks ${key}`);
        }
    });

    it("prints findings grouped by area with the fix, and a summary", async () => {
        const { out } = await scan(insecure);
        assert.match(out, /^Identity and access management \(\d+\)\n {2}MANDATORY high {2}aks-entra-integration {2}aks /);
        assert.match(out, /\n {4}fix: /);
        assert.match(out, /\n56 violation\(s\) on 13 of 15 resource\(s\): 14 mandatory, 42 advisory; 5 check\(s\) could not decide\n\(mandatory violations block `pulumi up`; advisory ones are reported and let it go ahead\)\n$/);
    });

    it("a deployed stack's outputs go to stack policies, as pulumi policy analyze sends them", async () => {
        // azure-native outputs carry the Azure name but not path inputs such as a diagnostic setting's resourceUri.
        const doc = exampleStacks().secure as any;
        for (const r of doc.deployment.resources) {
            const { resourceUri, accountName, serverName, vaultName, ...rest } = r.inputs;
            void resourceUri; void accountName; void serverName; void vaultName;
            r.outputs = { ...rest, name: urnName(r.urn) };
        }
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scan-outputs-"));
        const withDeps = path.join(dir, "with-deps.json");
        fs.writeFileSync(withDeps, JSON.stringify(doc));
        const matched = JSON.parse((await scan(withDeps, "--format", "json")).out);
        assert.deepStrictEqual(matched.findings, [], "matched through the recorded property dependencies");
        for (const r of doc.deployment.resources) {
            r.propertyDependencies = {};
        }
        const noDeps = path.join(dir, "no-deps.json");
        fs.writeFileSync(noDeps, JSON.stringify(doc));
        const untold = JSON.parse((await scan(noDeps, "--format", "json")).out);
        assert.deepStrictEqual(untold.findings.map((f: any) => f.policy), [], "no pointer, no dependency: no false violation");
        assert.ok(untold.summary.undecided > 0, "but the stack policies say they cannot decide");
    });

    describe("input it cannot use: exit 2, one line that says what is wrong", () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "scan-"));
        const write = (name: string, text: string) => {
            const p = path.join(tmp, name);
            fs.writeFileSync(p, text);
            return p;
        };
        const cases: [string, () => string, RegExp][] = [
            ["a missing file", () => path.join(tmp, "nope.json"), /cannot read .*nope\.json: no such file/],
            ["a directory that is not a Pulumi program", () => tmp, /is not a Pulumi program: it has no Pulumi\.yaml/],
            ["not JSON", () => write("bad.json", "{"), /bad\.json is not JSON/],
            ["JSON that is not a stack export", () => write("other.json", "{\"resources\": []}"), /is not a `pulumi stack export` file/],
            ["a stack export of a version it does not read", () => write("v5.json", "{\"version\": 5, \"deployment\": {}}"),
                /v5\.json: stack export version 5 is not supported; this tool reads versions 3 and 4/],
        ];
        for (const [name, file, message] of cases) {
            it(name, async () => {
                const { code, out, err } = await scan(file());
                assert.strictEqual(code, 2);
                assert.strictEqual(out, "");
                assert.match(err, message);
                assert.strictEqual(err.trim().split("\n").length, 1, err);
            });
        }
        it("accepts what the CLI writes: a version 4 export, and an empty stack's export", async () => {
            const v4 = exampleStacks().insecure as any;
            v4.version = 4;
            v4.features = ["refreshBeforeUpdate"];
            const fromV4 = JSON.parse((await scan(write("v4.json", JSON.stringify(v4)), "--format", "json")).out);
            assert.deepStrictEqual(fromV4.findings.map((f: any) => `${f.policy} ${f.resourceName}`).sort(), [...expected].sort());
            const empty = await scan(write("empty.json", JSON.stringify({ version: 3, deployment: { manifest: {} } })), "--format", "json");
            assert.deepStrictEqual([empty.code, JSON.parse(empty.out).summary.resources], [0, 0]);
        });

        it("an unknown option or format", async () => {
            assert.strictEqual((await scan(insecure, "--format", "yaml")).code, 2);
            assert.match((await scan(insecure, "--outfile", "x")).err, /unknown option "--outfile"/);
            assert.match((await scan(insecure, "--format")).err, /option --format needs a value/);
            assert.match((await scan()).err, /scan takes exactly one input/);
        });
    });

    describe("a malformed stack export: exit 2, one line naming the file and the resource, never a value", () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "scan-malformed-"));
        const secretish = "hunter2-do-not-print";
        /** The insecure example with its storage account changed by `edit`; the file, and the account's index. */
        const edited = (name: string, edit: (storage: any, resources: any[]) => void): [string, number] => {
            const doc = exampleStacks().insecure as any;
            const resources = doc.deployment.resources;
            const index = resources.findIndex((r: any) => r.urn.endsWith("::storage"));
            edit(resources[index], resources);
            const file = path.join(tmp, name);
            fs.writeFileSync(file, JSON.stringify(doc));
            return [file, index];
        };
        const nested = (levels: number) => {
            let v: unknown = secretish;
            for (let i = 0; i < levels; i++) {
                v = { a: v };
            }
            return v;
        };
        const cases: [string, (storage: any, resources: any[]) => void, (index: number) => RegExp][] = [
            ["inputs that are not an object", (r) => { r.inputs = secretish; },
                (i) => new RegExp(`resources\\[${i}\\] \\(".*::storage"\\): its inputs is a string, not an object of properties`)],
            ["outputs that are not an object", (r) => { r.outputs = [secretish]; }, (i) => new RegExp(`resources\\[${i}\\] .*: its outputs is an array`)],
            ["a URN that is not one", (r) => { r.urn = "storage"; },
                (i) => new RegExp(`resources\\[${i}\\] \\("storage"\\): its URN is not of the form urn:pulumi:<stack>::<project>::<type>::<name>`)],
            ["a URN naming another type", (r) => { r.type = "azure-native:storage:BlobContainer"; },
                (i) => new RegExp(`resources\\[${i}\\] .*: its type "azure-native:storage:BlobContainer" is not the type its URN names \\("azure-native:storage:StorageAccount"\\)`)],
            ["two resources with one URN", (r, rs) => { rs.push({ ...r }); },
                (i) => new RegExp(`resources\\[\\d+\\] \\(".*::storage"\\): deployment\\.resources\\[${i}\\] has the same URN`)],
            // Without the check, the pack's gRPC decoder overflowed and the scan exited 3 naming no file.
            ["2,000 levels of nesting", (r) => { r.inputs.tags = nested(2000); },
                (i) => new RegExp(`resources\\[${i}\\] \\(".*::storage"\\): its inputs\\.tags nests objects and arrays more than 256 levels deep`)],
        ];
        for (const [name, edit, message] of cases) {
            it(name, async () => {
                const [file, index] = edited(`${name.replace(/\W+/g, "-")}.json`, edit);
                const { code, out, err } = await scan(file, "--format", "json");
                assert.strictEqual(code, 2, err);
                assert.strictEqual(out, "");
                assert.ok(err.startsWith(`azure-srm: ${file}: deployment.resources[`), err);
                assert.match(err, message(index));
                assert.ok(!err.includes(secretish), err);
                assert.strictEqual(err.trim().split("\n").length, 1, err);
            });
        }

        it("nesting at the limit goes through the pack: the limit is within what it decodes", async () => {
            // 256 levels of objects (the costlier kind) in inputs and outputs alike.
            const [file] = edited("at-the-limit.json", (r) => {
                r.inputs.tags = nested(255);
                r.outputs = { ...r.inputs, name: urnName(r.urn) };
            });
            for (const properties of ["inputs", "outputs"]) {
                const { code, out, err } = await scan(file, "--format", "json", "--properties", properties);
                assert.strictEqual(code, 1, err);
                assert.deepStrictEqual(JSON.parse(out).findings.map((f: any) => `${f.policy} ${f.resourceName}`).sort(),
                    [...expected].sort());
            }
        });
    });

    it("evaluates versioned type tokens, and treats encrypted secrets as unknown rather than guessing", async () => {
        // As the engine records a versioned class: its token in the type and in every URN that names it.
        const doc = JSON.parse(JSON.stringify(exampleStacks().insecure).replace(/\b(azure-native:[a-z]+):/g, "$1/v20240101:"));
        const storage = doc.deployment.resources.find((r: any) => r.urn.endsWith("::storage"));
        storage.inputs.enableHttpsTrafficOnly = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", ciphertext: "AAAA" };
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "scan-")), "versioned.json");
        fs.writeFileSync(file, JSON.stringify(doc));
        const report = JSON.parse((await scan(file, "--format", "json")).out);
        const got = report.findings.map((f: any) => `${f.policy} ${f.resourceName}`);
        assert.ok(!got.includes("storage-https-only storage"), "an encrypted value decides nothing");
        assert.deepStrictEqual(got.sort(), expected.filter((e) => e !== "storage-https-only storage").sort());
        // The insecure twin has no private endpoint (for the app or the data services), no delete lock, no Defender
        // for SQL alert policy and no Guest Configuration extension, which another stack may deploy: one stack-wide
        // note for each policy says so.
        assert.strictEqual(report.summary.undecided, 6);
        assert.deepStrictEqual(report.undecided.map((u: any) => [u.policy, u.resourceName, u.resourceType]),
            [["app-service-public-network-access-disabled", "", ""], ["critical-resource-delete-lock", "", ""],
                ["private-endpoint-required", "", ""], ["sql-server-defender-enabled", "", ""],
                ["storage-https-only", "storage", "azure-native:storage/v20240101:StorageAccount"], ["vm-guest-configuration-extension", "", ""]]);
        assert.match(report.undecided[0].reason, /^not decidable in this stack: "app" has none here/);
        assert.match(report.undecided[1].reason, /^not decidable in this stack: "storage" has none here/);
        assert.match(report.undecided[2].reason, /^not decidable in this stack: "storage", "vault", "sql" have none here/);
        assert.match(report.undecided[3].reason, /^not decidable in this stack: "sql" has none here/);
        assert.match(report.undecided[4].reason, /^cannot decide yet: enableHttpsTrafficOnly is unknown/);
    });

    it("names the resources no policy examines, by type", async () => {
        const doc = exampleStacks().insecure as any;
        const board = "urn:pulumi:dev::shop::azure-native:portal:Dashboard::board";
        doc.deployment.resources.push({ urn: board, custom: true, type: "azure-native:portal:Dashboard", inputs: {} },
            { urn: "urn:pulumi:dev::shop::random:index:RandomPassword::pw", custom: true, type: "random:index:RandomPassword", inputs: {} });
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "scan-")), "uncovered.json");
        fs.writeFileSync(file, JSON.stringify(doc));
        const report = JSON.parse((await scan(file, "--format", "json")).out);
        assert.deepStrictEqual(report.notCovered, { resources: 2, types: [
            { type: "azure-native:portal:Dashboard", resources: 1 }, { type: "random:index:RandomPassword", resources: 1 }] });
        assert.strictEqual(report.summary.notCovered, 2);
        const text = (await scan(file)).out;
        assert.match(text, /Not covered: 2 resource\(s\) of 2 type\(s\) that no policy of this pack examines\n  azure-native:portal:Dashboard \(1\), random:index:RandomPassword \(1\)/);
        assert.doesNotMatch((await scan(insecure)).out, /Not covered/);
    });

    it("a stack written with azure-native 2.x tokens passes as it does with 3.x ones (insights diagnostic settings)", async () => {
        const text = JSON.stringify(exampleStacks().secure);
        assert.ok(text.includes("azure-native:monitor:DiagnosticSetting"), "the secure example has diagnostic settings");
        // In the type and in the URN, as the engine records a resource of the 2.x class.
        const doc = JSON.parse(text.replaceAll("azure-native:monitor:DiagnosticSetting", "azure-native:insights:DiagnosticSetting"));
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "scan-")), "v2-secure.json");
        fs.writeFileSync(file, JSON.stringify(doc));
        const { code, out } = await scan(file, "--format", "json");
        assert.deepStrictEqual(JSON.parse(out).findings.map((f: any) => `${f.policy} ${f.resourceName}`), []);
        assert.strictEqual(code, 0);
    });

    describe("options", () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "scan-options-"));
        const config = (name: string, value: unknown) => {
            const p = path.join(tmp, name);
            fs.writeFileSync(p, JSON.stringify(value));
            return p;
        };

        it("--config sets enforcement levels as --policy-pack-config does", async () => {
            const advisory = Object.fromEntries(["all"].map((k) => [k, "advisory"]));
            const { code, out } = await scan(insecure, "--format", "json", "--config", config("all.json", advisory));
            const report = JSON.parse(out);
            assert.strictEqual(report.summary.mandatory, 0);
            assert.strictEqual(report.findings.length, expected.length);
            assert.strictEqual(code, 0);
            const one = JSON.parse((await scan(insecure, "--format", "json", "--config",
                config("one.json", { "nsg-no-ssh-from-internet": "disabled", "pack-settings": { severityThreshold: "critical" } }))).out);
            assert.ok(!one.findings.some((f: any) => f.policy === "nsg-no-ssh-from-internet"));
            assert.strictEqual(one.summary.mandatory, 0, "only critical policies block, and the one critical finding is disabled");
        });

        it("--config in every form the CLI reads: empty, version 2, with ESC environments (warned about)", async () => {
            const emptyFile = path.join(tmp, "empty.json");
            fs.writeFileSync(emptyFile, "  \n");
            const empty = await scan(insecure, "--format", "json", "--config", emptyFile);
            assert.strictEqual(JSON.parse(empty.out).summary.mandatory > 0, true);
            const v2 = await scan(insecure, "--format", "json", "--config", config("v2.json", { version: 2, policies: { all: "advisory" } }));
            assert.deepStrictEqual([v2.code, JSON.parse(v2.out).summary.mandatory], [0, 0]);
            const envs = await scan(insecure, "--format", "json", "--config",
                config("envs.json", { environments: ["org/policy-settings"], all: "advisory" }));
            assert.deepStrictEqual([envs.code, JSON.parse(envs.out).summary.mandatory], [0, 0]);
            assert.match(envs.err, /names ESC environments \(org\/policy-settings\), which only the Pulumi CLI can resolve/);
            for (const [name, doc, why] of [
                ["v3.json", { version: 3, policies: {} }, /policy config version 3 is not supported/],
                ["exceptions.json", { version: 2, policies: {}, exceptions: { "EXC-1": { reason: "r", match: [] } } },
                    /policy exception "EXC-1": "match" must list at least one \{"policies", "targets"\} entry/],
            ] as const) {
                const refused = await scan(insecure, "--config", config(name, doc));
                assert.strictEqual(refused.code, 2);
                assert.match(refused.err, why);
                assert.strictEqual(refused.err.trim().split("\n").length, 1, refused.err);
            }
        });

        it("--config with a misspelt policy or option: exit 2 with a suggestion, or a warning with --allow-unknown-config", async () => {
            const typo = config("typo.json", { "storage-https-onyl": "disabled", "required-tags": { tag: ["owner"] } });
            const refused = await scan(insecure, "--config", typo);
            assert.strictEqual(refused.code, 2);
            assert.strictEqual(refused.err.trim().split("\n").length, 1, refused.err);
            assert.match(refused.err, /policy config "storage-https-onyl" names no policy of this pack; did you mean "storage-https-only"\?/);
            assert.match(refused.err, /policy config "required-tags.tag": required-tags has no option "tag"; did you mean "tags"\?/);
            const allowed = await scan(insecure, "--format", "json", "--config", typo, "--allow-unknown-config");
            assert.strictEqual(allowed.code, 1);
            assert.match(allowed.err, /warning: policy config "storage-https-onyl" names no policy of this pack/);
            assert.ok(JSON.parse(allowed.out).findings.some((f: any) => f.policy === "storage-https-only"), "the typo disabled nothing");
        });

        it("--config that the schemas reject, or that cannot be read, exits 2 with one line naming the problem", async () => {
            const bad = await scan(insecure, "--config", config("bad.json", { "pack-settings": { severityThreshold: "extreme" } }));
            assert.strictEqual(bad.code, 2);
            assert.match(bad.err, /pack-settings/);
            assert.match(bad.err, /severityThreshold/);
            assert.strictEqual(bad.err.trim().split("\n").length, 1, bad.err);
            const missing = await scan(insecure, "--config", path.join(tmp, "none.json"));
            assert.strictEqual(missing.code, 2);
            assert.match(missing.err, /cannot read policy config .*none\.json: no such file/);
        });

        it("--output writes the whole report to a file and nothing to standard output", async () => {
            const file = path.join(tmp, "report.sarif");
            const { code, out } = await scan(insecure, "--format", "sarif", "--output", file);
            assert.strictEqual(code, 1);
            assert.strictEqual(out, "");
            const sarif = JSON.parse(fs.readFileSync(file, "utf8"));
            // Each finding, and the checks that could not decide (no private endpoint for the app or the data
            // services, no delete lock, no Defender for SQL alert policy, no Guest Configuration extension in this
            // stack), of kind open.
            assert.strictEqual(sarif.runs[0].results.length, expected.length + 5);
            const nowhere = await scan(insecure, "--output", path.join(tmp, "no", "such", "dir", "r.txt"));
            assert.strictEqual(nowhere.code, 2);
            assert.match(nowhere.err, /its directory does not exist/);
        });

        it("--format junit prints JUnit XML", async () => {
            const { out } = await scan(insecure, "--format", "junit");
            assert.match(out, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="azure-shared-responsibility"/);
        });

        it("--stack is for programs only", async () => {
            const { code, err } = await scan(insecure, "--stack", "dev");
            assert.strictEqual(code, 2);
            assert.match(err, /--stack chooses a program's stack/);
        });

        describe("--properties: inputs (the default) or outputs (the deployed state)", () => {
            /**
             * The secure example as deployed, then changed by hand in the portal: outputs shaped as Azure returns
             * them (input-only properties such as resourceGroupName and accountName absent, an id and a name), with
             * HTTP and TLS 1.0 let back into the storage account and SSH opened to the Internet. Its inputs still
             * say what the program asked for.
             */
            const drifted = () => {
                const doc = exampleStacks().secure as any;
                for (const r of doc.deployment.resources.filter((x: any) => x.type.startsWith("azure-native:"))) {
                    r.outputs = structuredClone(outputsShaped({ type: r.type, props: r.inputs }, urnName(r.urn)).props);
                }
                const byName = (name: string) => doc.deployment.resources.find((r: any) => r.urn.endsWith(`::${name}`)).outputs;
                Object.assign(byName("storage"), { enableHttpsTrafficOnly: false, minimumTlsVersion: "TLS1_0" });
                byName("nsg").securityRules[0].sourceAddressPrefix = "Internet";
                return config("drifted.json", doc);
            };

            it("the same export: no finding on its inputs, the drift on its outputs", async () => {
                const file = drifted();
                const onInputs = await scan(file, "--format", "json");
                assert.deepStrictEqual([onInputs.code, JSON.parse(onInputs.out).findings], [0, []]);
                assert.deepStrictEqual(await scan(file, "--format", "json", "--properties", "inputs"), onInputs);
                const onOutputs = await scan(file, "--format", "json", "--properties", "outputs");
                const report = JSON.parse(onOutputs.out);
                assert.deepStrictEqual(report.findings.map((f: any) => `${f.policy} ${f.resourceName}`).sort(),
                    ["nsg-no-ssh-from-internet nsg", "storage-https-only storage", "storage-min-tls-1-2 storage"]);
                assert.strictEqual(report.summary.undecided, 0, JSON.stringify(report.undecided));
                assert.strictEqual(onOutputs.code, 1);
                assert.strictEqual(onOutputs.err, "", "every resource has outputs: nothing to warn about");
            });

            it("outputs, where the export records none: each resource's inputs, and one warning saying so", async () => {
                const { code, out, err } = await scan(insecure, "--format", "json", "--properties", "outputs");
                assert.deepStrictEqual(JSON.parse(out).findings.map((f: any) => `${f.policy} ${f.resourceName}`).sort(), [...expected].sort());
                assert.strictEqual(code, 1);
                assert.match(err, /^azure-srm: warning: .*insecure\.json records no outputs for 15 resource\(s\) \(not deployed, or written by hand\): they are evaluated on their inputs instead: rg, logs, nsg, vnet, nic and 10 more\n$/);
            });

            it("an unknown value, or outputs of a program, exits 2 with one line", async () => {
                const bad = await scan(insecure, "--properties", "deployed");
                assert.strictEqual(bad.code, 2);
                assert.match(bad.err, /^azure-srm: --properties must be one of inputs, outputs; got "deployed"\n/);
                const program = await scan(path.join(packRoot, "examples", "secure"), "--properties", "outputs");
                assert.strictEqual(program.code, 2);
                assert.match(program.err, /--properties outputs evaluates a stack export's deployed state; a program scanned offline has no outputs yet/);
                assert.strictEqual(program.err.trim().split("\n").length, 1, program.err);
            });
        });
    });

    describe("TypeScript programs, run offline as the first preview of a new stack", () => {
        const programs = path.join(packRoot, "examples");

        it("examples/secure yields no findings", async () => {
            const { code, out } = await scan(path.join(programs, "secure"), "--format", "json");
            const report = JSON.parse(out);
            assert.deepStrictEqual(report.findings, []);
            assert.strictEqual(report.summary.undecided, 0);
            assert.strictEqual(code, 0);
        });

        it("examples/insecure yields exactly the gaps it was written with", async () => {
            const { code, out } = await scan(path.join(programs, "insecure"), "--format", "json");
            const got = JSON.parse(out).findings.map((f: any) => `${f.policy} ${f.resourceName}`).sort();
            assert.deepStrictEqual(got, [
                "aks-api-server-access-restricted aks", "aks-azure-policy-addon aks", "aks-defender-profile aks",
                "aks-entra-integration aks", "aks-image-cleaner aks", "aks-local-accounts-disabled aks",
                "aks-monitoring-enabled aks", "aks-network-policy aks", "aks-node-encryption-at-host aks",
                "aks-node-local-ssh-disabled aks", "aks-node-os-upgrade-channel aks", "aks-upgrade-channel aks",
                "app-service-client-certificates app", "app-service-cors-no-wildcard app", "app-service-ftps-only app",
                "app-service-http2 app", "app-service-https-only app", "app-service-managed-identity app",
                "app-service-min-tls-1-2 app", "app-service-no-literal-secrets app-settings",
                "app-service-remote-debugging-disabled app", "app-service-supported-runtime app",
                "backup-vault-immutability-enabled backup-vault", "blob-container-no-anonymous-access orders-export",
                "container-group-customer-managed-key webhook", "container-group-no-plain-http webhook",
                "container-group-no-public-ip webhook", "diagnostic-settings-required aks",
                "diagnostic-settings-required app", "diagnostic-settings-required nsg-app",
                "diagnostic-settings-required nsg-vm", "diagnostic-settings-required storage",
                "diagnostic-settings-required vault", "keyvault-network-default-deny vault",
                "keyvault-public-network-access-disabled vault", "keyvault-rbac-authorization vault",
                "keyvault-secret-expiration sql-admin-password", "keyvault-soft-delete-purge-protection vault",
                "log-analytics-retention logs", "nsg-no-rdp-from-internet nsg-vm", "nsg-no-ssh-from-internet nsg-vm",
                "nsg-no-udp-from-internet nsg-vm", "privileged-role-assignment-broad-scope ops-owner",
                "sql-customer-managed-key sql", "sql-entra-only-auth sql",
                "sql-firewall-allow-azure-services allow-azure", "sql-firewall-no-internet allow-all",
                "sql-min-tls-1-2 sql", "sql-public-network-access-disabled sql", "sql-server-auditing sql",
                "sql-tde-enabled db-tde", "storage-blob-public-access-disabled storage",
                "storage-blob-soft-delete blob-service", "storage-blob-soft-delete blob-service",
                "storage-blob-versioning blob-service", "storage-default-oauth storage",
                "storage-encryption-hardened storage", "storage-https-only storage",
                "storage-key-rotation-reminder storage", "storage-min-tls-1-2 storage",
                "storage-network-default-deny storage", "storage-public-network-access-disabled storage",
                "storage-shared-key-access-disabled storage", "subnet-nsg-required vnet",
                "vm-backup-protection vm-windows", "vm-encryption-at-host vm-linux", "vm-encryption-at-host vm-windows",
                "vm-linux-password-auth-disabled vm-linux", "vm-linux-patch-mode vm-linux",
                "vm-nic-no-public-ip vm-linux-nic", "vm-patch-assessment-mode vm-linux",
                "vm-patch-assessment-mode vm-windows", "vm-trusted-launch-vtpm-secure-boot vm-windows",
                "vm-windows-automatic-updates vm-windows", "vm-windows-patch-mode vm-windows",
                "vnet-ddos-protection vnet",
            ]);
            assert.strictEqual(code, 1);
        });

        it("a program that does not exist, or a stack it does not have, exits 2", async () => {
            assert.match((await scan(path.join(programs, "nope"))).err, /cannot read .*nope: no such file or directory/);
            const noStack = await scan(path.join(programs, "secure"), "--stack", "prod");
            assert.strictEqual(noStack.code, 2);
            assert.match(noStack.err, /has no stack "prod"/);
        });
    });
});
