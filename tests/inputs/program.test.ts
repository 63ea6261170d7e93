/**
 * runProgram: a Pulumi TypeScript program run offline, in a child process under @pulumi/pulumi's mocks, as the
 * first `pulumi preview` of a new stack. The examples are run once each; small programs in a temp directory
 * cover config, transforms and the errors.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { evaluate } from "../../lib/engine/evaluate";
import { packPolicies } from "../../lib/engine/pack";
import { chooseStack, ProgramResource, runProgram } from "../../lib/inputs/program";
import { InputError } from "../../lib/core/errors";
import { runCli } from "../../lib/cli/cli";
import { packRoot } from "../../lib/core/paths";
import { secret, unknownValue } from "../../lib/core/wire";

const examples = path.join(packRoot, "examples");
const zeroGuid = "00000000-0000-0000-0000-000000000000";
const stackUrn = "urn:pulumi:dev::shop::pulumi:pulumi:Stack::shop-dev";

function byName(resources: ProgramResource[], name: string): ProgramResource {
    const r = resources.find((x) => x.name === name);
    assert.ok(r, `no resource named ${name}`);
    return r;
}

function typeCounts(resources: ProgramResource[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of resources) {
        const short = r.type.replace(/^azure-native:/, "");
        counts[short] = (counts[short] ?? 0) + 1;
    }
    return counts;
}

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "program-"));

/** A program directory in the temp root: Pulumi.yaml (project `t`), files as given. */
function program(name: string, files: Record<string, string>, pulumiYaml = "name: t\nruntime: nodejs\n"): string {
    const dir = path.join(tmpRoot, name);
    fs.mkdirSync(dir, { recursive: true });
    if (pulumiYaml) {
        fs.writeFileSync(path.join(dir, "Pulumi.yaml"), pulumiYaml);
    }
    for (const [file, text] of Object.entries(files)) {
        fs.writeFileSync(path.join(dir, file), text);
    }
    return dir;
}

/** A custom resource of type test:index:Thing, for programs that register one (pulumi.CustomResource is abstract). */
const thingClass = "class Thing extends pulumi.CustomResource { constructor(name: string, props: pulumi.Inputs, " +
    "opts?: pulumi.CustomResourceOptions) { super(\"test:index:Thing\", name, props, opts); } }";

/**
 * For the programs here whose subject is not TypeScript: they are well typed, but type-checking each (seconds, ten
 * for one that imports @pulumi/azure-native) would only repeat what type-check.test.ts covers.
 */
const transpileOnly = true;

async function inputError(run: () => Promise<unknown>): Promise<string> {
    try {
        await run();
    } catch (e) {
        assert.ok(e instanceof InputError, `expected an InputError, got ${(e as Error).stack}`);
        assert.strictEqual(e.message.split("\n").length, 1, e.message);
        return e.message;
    }
    assert.fail("expected an InputError");
}

describe("runProgram on examples/secure", function () {
    this.timeout(60000);
    let resources: ProgramResource[];
    const warnings: string[] = [];
    before(async () => {
        resources = await runProgram(path.join(examples, "secure"), { onWarning: (m) => warnings.push(m) });
    });

    it("captures every resource, without the stack or providers", () => {
        assert.deepStrictEqual(typeCounts(resources), {
            "authorization:ManagementLockByScope": 1, "authorization:RoleAssignment": 2, "compute:VirtualMachine": 2,
            "compute:VirtualMachineExtension": 4, "containerservice:ManagedCluster": 1,
            "keyvault:Secret": 1, "keyvault:Vault": 1, "monitor:DiagnosticSetting": 7, "network:DdosProtectionPlan": 1,
            "network:NetworkInterface": 2, "network:NetworkSecurityGroup": 2, "network:PrivateDnsZoneGroup": 4,
            "network:PrivateEndpoint": 4, "network:VirtualNetwork": 1, "operationalinsights:Workspace": 1,
            "privatedns:PrivateZone": 4, "privatedns:VirtualNetworkLink": 4, "recoveryservices:ProtectedItem": 2, "recoveryservices:ProtectionPolicy": 1,
            "recoveryservices:Vault": 1, "resources:ResourceGroup": 1, "sql:Database": 1, "sql:Server": 1,
            "sql:ServerBlobAuditingPolicy": 1, "sql:ServerSecurityAlertPolicy": 1, "sql:TransparentDataEncryption": 1,
            "storage:BlobContainer": 1,
            "storage:BlobServiceProperties": 1, "storage:StorageAccount": 1, "web:AppServicePlan": 1, "web:WebApp": 1,
            "web:WebAppApplicationSettings": 1,
        });
        for (const r of resources) {
            assert.strictEqual(r.urn, `urn:pulumi:dev::shop::${r.type}::${r.name}`, "the engine's URN: no stack type in it");
            assert.strictEqual(r.parent, stackUrn);
            assert.strictEqual(r.custom, true);
        }
    });

    it("honours Pulumi.dev.yaml: azure-native:location and the project's own keys", () => {
        const rg = byName(resources, "rg");
        assert.deepStrictEqual(rg.props, {
            resourceGroupName: "rg-shop-dev", location: "westeurope",
            tags: { application: "shop", environment: "dev", owner: "platform-team" },
        });
        assert.strictEqual((byName(resources, "sql").props.administrators as any).sid, "6f1e4f1c-3a7d-4a55-9c55-2f3b0c4b7a10");
        // The default provider, configured from the azure-native: keys.
        assert.deepStrictEqual(rg.provider, {
            urn: "urn:pulumi:dev::shop::pulumi:providers:azure-native::default_3_28_0", type: "pulumi:providers:azure-native",
            name: "default_3_28_0", properties: { version: "3.28.0", location: "westeurope" },
        });
    });

    it("treats secure config values as secrets of unknown value, and says so", () => {
        // Sent as the engine sends a secret, so that a policy can tell it was one (lib/kit/secrets.ts).
        const windows = byName(resources, "vm-windows");
        assert.deepStrictEqual((windows.props.osProfile as any).adminPassword, secret(unknownValue));
        assert.deepStrictEqual((byName(resources, "windows-admin-password").props.properties as any).value, secret(unknownValue));
        assert.ok(warnings.some((w) => /secure values cannot be decrypted offline; shop:windowsAdminPassword is a secret/.test(w)), warnings.join("\n"));
    });

    it("answers azure-native invokes: getClientConfig's tenant id is the zero GUID", () => {
        assert.strictEqual((byName(resources, "vault").props.properties as any).tenantId, zeroGuid);
        assert.strictEqual((byName(resources, "aks").props.aadProfile as any).tenantID, zeroGuid);
    });

    it("models a first preview: ids are unknown, outputs that echo a primitive input are known", () => {
        const rg = byName(resources, "rg");
        const vault = byName(resources, "vault");
        // rg.name is an output without a same-named input (resourceGroupName): unknown; rg.location echoes "westeurope".
        assert.strictEqual(vault.props.resourceGroupName, unknownValue);
        assert.strictEqual(vault.props.location, "westeurope");
        assert.deepStrictEqual(vault.propertyDependencies?.location, [rg.urn]);
        const nic = byName(resources, "vm-linux-nic");
        assert.strictEqual((nic.props.ipConfigurations as any)[0].subnet.id, unknownValue);
        assert.deepStrictEqual(nic.propertyDependencies?.ipConfigurations, [byName(resources, "vnet").urn]);
        const vnet = byName(resources, "vnet");
        assert.deepStrictEqual((vnet.props.subnets as any[]).map((s) => s.networkSecurityGroup.id), Array(4).fill(unknownValue));
        // The SDK's own defaults are filled in before the engine sees the inputs.
        assert.strictEqual((vault.props.properties as any).enableRbacAuthorization, true);
    });

    it("records property dependencies: each diagnostic setting's resourceUri depends on its target", () => {
        const expected: Record<string, string> = {
            "blob-service": "blob-service", vault: "vault", app: "app", aks: "aks", "nsg-vm": "nsg-vm", "nsg-app": "nsg-app",
            "sql-audit-master": "sql",
        };
        const logs = byName(resources, "logs");
        for (const [setting, target] of Object.entries(expected)) {
            const s = resources.find((r) => r.type === "azure-native:monitor:DiagnosticSetting" && r.props.name === `diag-${setting}`);
            assert.ok(s, `no diagnostic setting diag-${setting}`);
            assert.strictEqual(s.props.resourceUri, unknownValue);
            assert.deepStrictEqual(s.propertyDependencies?.resourceUri, [byName(resources, target).urn]);
            assert.deepStrictEqual(s.propertyDependencies?.workspaceId, [logs.urn]);
            assert.ok(s.dependencies?.includes(byName(resources, target).urn) && s.dependencies.includes(logs.urn));
        }
        const item = byName(resources, "vm-windows-backup");
        assert.strictEqual((item.props.properties as any).sourceResourceId, unknownValue);
        assert.ok(item.propertyDependencies?.properties.includes(byName(resources, "vm-windows").urn));
    });

    it("stack policies match through the property dependencies while ids are unknown", async () => {
        const { findings, notApplicable } = await evaluate(packPolicies(), resources);
        assert.deepStrictEqual(findings, []);
        assert.strictEqual(notApplicable.size, 0, "nothing left undecided at preview");
        // Without the vault's setting, its gap shows, on the vault.
        const without = resources.filter((r) => r.props.name !== "diag-vault");
        const gaps = (await evaluate(packPolicies(), without)).findings.map((f) => `${f.policy} ${f.urn}`);
        assert.deepStrictEqual(gaps, [`diagnostic-settings-required ${byName(resources, "vault").urn}`]);
    });
});

describe("runProgram on examples/insecure", function () {
    this.timeout(60000);
    let resources: ProgramResource[];
    before(async () => {
        resources = await runProgram(path.join(examples, "insecure"), { stack: "dev" });
    });

    it("captures every resource", () => {
        assert.deepStrictEqual(typeCounts(resources), {
            "authorization:RoleAssignment": 1, "compute:VirtualMachine": 2, "containerinstance:ContainerGroup": 1,
            "containerservice:ManagedCluster": 1, "keyvault:Secret": 1, "keyvault:Vault": 1, "monitor:DiagnosticSetting": 1, "network:NetworkInterface": 2, "network:NetworkSecurityGroup": 2,
            "network:PublicIPAddress": 1, "network:VirtualNetwork": 1, "operationalinsights:Workspace": 1,
            "recoveryservices:ProtectedItem": 1, "recoveryservices:Vault": 1, "resources:ResourceGroup": 1,
            "sql:Database": 1, "sql:FirewallRule": 2, "sql:Server": 1, "sql:TransparentDataEncryption": 1,
            "storage:BlobContainer": 1, "storage:BlobServiceProperties": 1, "storage:StorageAccount": 1,
            "web:AppServicePlan": 1, "web:WebApp": 1, "web:WebAppApplicationSettings": 1,
        });
    });

    it("keeps a gap visible even when its value is unknown: the NIC's public IP is present, its id unknown", () => {
        const nic = byName(resources, "vm-linux-nic");
        const config = (nic.props.ipConfigurations as any[])[0];
        assert.deepStrictEqual(config.publicIPAddress, { id: unknownValue });
        assert.deepStrictEqual(nic.propertyDependencies?.ipConfigurations?.sort(),
            [byName(resources, "vm-linux-pip").urn, byName(resources, "vnet").urn].sort());
    });

    it("an interpolation with an unknown part is unknown as a whole; secret config values are unknown", () => {
        const settings = byName(resources, "app-settings");
        // Its known part holds a secret (the password), so the whole is a secret of unknown value.
        assert.deepStrictEqual((settings.props.properties as any).ORDERS_DB, secret(unknownValue));
        assert.deepStrictEqual(byName(resources, "sql").props.administratorLoginPassword, secret(unknownValue));
    });
});

describe("runProgram config, stacks and transforms", function () {
    this.timeout(30000);

    it("chooses the stack: the requested one, else dev, else the only one, else dev without config", () => {
        const dir = program("stacks", {}, "");
        const file = (n: string) => fs.writeFileSync(path.join(dir, `Pulumi.${n}.yaml`), "config: {}\n");
        assert.deepStrictEqual(chooseStack(dir, dir), { stack: "dev" });
        file("prod");
        assert.strictEqual(chooseStack(dir, dir).stack, "prod");
        file("staging");
        assert.throws(() => chooseStack(dir, dir), /has several stacks \(prod, staging\) and no Pulumi\.dev\.yaml: choose one/);
        file("dev");
        assert.strictEqual(chooseStack(dir, dir).stack, "dev");
        assert.strictEqual(chooseStack(dir, dir, "staging").stack, "staging");
    });

    it("passes config as the language host does: namespaced keys, project defaults, structured values as JSON", async () => {
        const dir = program("config", {
            "Pulumi.prod.yaml": [
                "config:",
                "  t:size: large",
                "  replicas: 3",
                "  t:network:",
                "    cidr: 10.0.0.0/16",
                "    token:",
                "      secure: v1:AAAA",
                "  other:flag: true",
            ].join("\n"),
            "index.ts": [
                "import * as pulumi from \"@pulumi/pulumi\";",
                thingClass,
                "const c = new pulumi.Config();",
                "new Thing(\"thing\", {",
                "    size: c.require(\"size\"), replicas: c.requireNumber(\"replicas\"), tier: c.require(\"tier\"),",
                "    cidr: c.requireObject<any>(\"network\").cidr, flag: new pulumi.Config(\"other\").requireBoolean(\"flag\"),",
                "    token: c.requireSecretObject<any>(\"network\").apply((n) => n.token),",
                "    stack: pulumi.getStack(), project: pulumi.getProject(),",
                "});",
            ].join("\n"),
        }, "name: t\nruntime: nodejs\nconfig:\n  tier:\n    type: string\n    default: standard\n  t:size: small\n");
        const warnings: string[] = [];
        const [thing] = await runProgram(dir, { onWarning: (w) => warnings.push(w), transpileOnly });
        assert.strictEqual(thing.urn, "urn:pulumi:prod::t::test:index:Thing::thing");
        assert.deepStrictEqual(thing.props, {
            size: "large", replicas: 3, tier: "standard", cidr: "10.0.0.0/16", flag: true, token: secret(unknownValue),
            stack: "prod", project: "t",
        });
        assert.deepStrictEqual(warnings, [`${path.join(dir, "Pulumi.prod.yaml")}: secure values cannot be decrypted offline; ` +
            "t:network is a secret of unknown value"]);
    });

    it("applies stack transforms, names children of components as the engine does, and skips providers", async () => {
        const dir = program("transforms", {
            "index.ts": [
                "import * as pulumi from \"@pulumi/pulumi\";",
                thingClass,
                "class TestProvider extends pulumi.ProviderResource {",
                "    constructor(name: string, props: pulumi.Inputs, opts?: pulumi.ResourceOptions) { super(\"test\", name, props, opts); }",
                "}",
                "pulumi.runtime.registerResourceTransform(({ type, props, opts }) => type === \"test:index:Thing\" ? { props: { ...props, tags: { owner: \"ops\" } }, opts } : undefined);",
                "class Web extends pulumi.ComponentResource {",
                "    constructor(name: string) {",
                "        super(\"shop:app:Web\", name);",
                "        const provider = new TestProvider(\"p\", { region: \"x\" }, { parent: this });",
                "        new Thing(`${name}-thing`, { size: 1 }, { parent: this, provider });",
                "    }",
                "}",
                "new Web(\"web\");",
            ].join("\n"),
        });
        const resources = await runProgram(dir, { transpileOnly });
        assert.deepStrictEqual(resources.map((r) => r.urn), [
            "urn:pulumi:dev::t::shop:app:Web::web",
            "urn:pulumi:dev::t::shop:app:Web$test:index:Thing::web-thing",
        ]);
        const [web, thing] = resources;
        assert.strictEqual(web.custom, false);
        assert.strictEqual(web.provider, undefined);
        assert.strictEqual(thing.parent, web.urn);
        assert.deepStrictEqual(thing.props, { size: 1, tags: { owner: "ops" } });
        assert.deepStrictEqual(thing.provider, {
            urn: "urn:pulumi:dev::t::shop:app:Web$pulumi:providers:test::p", type: "pulumi:providers:test", name: "p",
            properties: { region: "x" },
        });
    });
});

describe("a scanned program is contained: no credentials, no network, unless asked", function () {
    this.timeout(60000);
    const source = [
        "import * as resources from \"@pulumi/azure-native/resources\";",
        "import * as net from \"net\";",
        // LC_* variables are among the few a contained program keeps, so the port reaches it either way.
        "const port = Number(process.env.PROBE_PORT ?? process.env.LC_PROBE_PORT);",
        "const outcome = new Promise<string>((resolve) => {",
        "    const socket = net.connect(port, \"127.0.0.1\", () => { socket.end(); resolve(\"connected\"); });",
        "    socket.on(\"error\", (e) => resolve(/offline/.test(e.message) ? \"refused-offline\" : \"error\"));",
        "});",
        "new resources.ResourceGroup(\"rg\", { tags: {",
        "    secret: process.env.AZURE_CLIENT_SECRET ?? \"absent\", home: process.env.HOME ?? \"\",",
        "    network: outcome,",
        "} });",
    ].join("\n") + "\n";

    async function run(passEnvironment: boolean): Promise<{ tags: Record<string, string>; connections: number }> {
        const net = await import("net");
        let connections = 0;
        const server = net.createServer((s) => { connections++; s.end(); });
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
        const port = (server.address() as { port: number }).port;
        const saved = { ...process.env };
        Object.assign(process.env, { AZURE_CLIENT_SECRET: "s3cr3t-from-ci", PROBE_PORT: String(port), LC_PROBE_PORT: String(port) });
        try {
            const resources = await runProgram(program(`contained-${passEnvironment}`, { "index.ts": source }),
                { passEnvironment, transpileOnly });
            return { tags: byName(resources, "rg").props.tags as Record<string, string>, connections };
        } finally {
            for (const k of ["AZURE_CLIENT_SECRET", "PROBE_PORT", "LC_PROBE_PORT"]) {
                if (saved[k] === undefined) {
                    delete process.env[k];
                } else {
                    process.env[k] = saved[k];
                }
            }
            server.close();
        }
    }

    it("by default the program cannot read a credential from the environment nor open a connection", async () => {
        const { tags, connections } = await run(false);
        assert.strictEqual(tags.secret, "absent");
        assert.notStrictEqual(tags.home, os.homedir());
        assert.strictEqual(tags.network, "refused-offline");
        assert.strictEqual(connections, 0);
    });

    it("--pass-environment gives it the caller's environment and network", async () => {
        const { tags, connections } = await run(true);
        assert.strictEqual(tags.secret, "s3cr3t-from-ci");
        assert.strictEqual(tags.network, "connected");
        assert.strictEqual(connections, 1);
    });
});

describe("runProgram errors: one line, an InputError", function () {
    this.timeout(30000);

    it("a directory with no Pulumi.yaml", async () => {
        const dir = program("empty", { "index.ts": "export {};\n" }, "");
        assert.strictEqual(await inputError(() => runProgram(dir)), `${dir} is not a Pulumi program: it has no Pulumi.yaml`);
        assert.match(await inputError(() => runProgram(path.join(tmpRoot, "nope"))), /^cannot read .*nope: no such directory$/);
    });

    it("a program in another language, or without an entry point", async () => {
        const py = program("python", {}, "name: t\nruntime: python\n");
        assert.match(await inputError(() => runProgram(py)), /declares runtime python: only Node\.js \(TypeScript\) programs can be run$/);
        const none = program("no-entry", {});
        assert.match(await inputError(() => runProgram(none)), /has no program: no index\.ts, index\.js or package\.json main$/);
    });

    it("a missing requested stack", async () => {
        assert.match(await inputError(() => runProgram(path.join(examples, "secure"), { stack: "prod" })),
            /secure has no stack "prod": no Pulumi\.prod\.yaml \(stacks: dev\)$/);
    });

    it("a resource whose input rejects: the run fails naming the resource, as pulumi preview fails", async () => {
        const dir = program("rejected-input", {
            "index.ts": [
                "import * as keyvault from \"@pulumi/azure-native/keyvault\";",
                "import * as storage from \"@pulumi/azure-native/storage\";",
                "const tenant: Promise<string> = Promise.reject(new Error(\"could not reach Azure\"));",
                "new storage.StorageAccount(\"acct\", { resourceGroupName: \"rg\", kind: \"StorageV2\", sku: { name: \"Standard_LRS\" } });",
                "new keyvault.Vault(\"vault\", { resourceGroupName: \"rg\", properties: { tenantId: tenant, sku: { family: \"A\", name: \"standard\" } } });",
            ].join("\n") + "\n",
        });
        assert.match(await inputError(() => runProgram(dir, { transpileOnly })),
            /the program failed: resource vault \(azure-native:keyvault:Vault\) could not be registered: .*could not reach Azure$/);
    });

    it("inputs nested deeper than the pack decodes: scan exits 2 naming the resource, as for a stack export", async () => {
        const dir = program("too-deep", {
            "index.ts": ["import * as pulumi from \"@pulumi/pulumi\";", thingClass,
                "let deep: any = {};", "for (let i = 0; i < 300; i++) { deep = { deep }; }",
                "new Thing(\"nested\", { deep });"].join("\n") + "\n",
        });
        let err = "";
        const code = await runCli(["scan", dir, "--transpile-only"], { out: () => undefined, err: (s) => { err += s; } });
        assert.strictEqual(code, 2, err);
        assert.match(err, /the inputs of test:index:Thing "nested" nest objects and arrays more than 256 levels deep/);
    });

    it("a program that throws: its message's first line", async () => {
        const dir = program("throws", {
            "index.ts": "import * as pulumi from \"@pulumi/pulumi\";\nnew pulumi.Config().require(\"missing\");\n",
        });
        assert.strictEqual(await inputError(() => runProgram(dir, { transpileOnly })),
            `${dir}: the program failed: Missing required configuration variable 't:missing'`);
        const later = program("throws-later", {
            "index.ts": "import * as pulumi from \"@pulumi/pulumi\";\nexport = async () => { throw new Error(\"no quota left\\nat line 2\"); };\n",
        });
        assert.strictEqual(await inputError(() => runProgram(later, { transpileOnly })), `${later}: the program failed: no quota left`);
    });

    it("a TypeScript syntax error: where it is and what", async () => {
        const dir = program("syntax", { "index.ts": "const x = ;\n" });
        assert.strictEqual(await inputError(() => runProgram(dir)),
            `${dir}: the program failed: index.ts:1:11 - error TS1109: Expression expected.`);
    });

    it("a program that never finishes is stopped at the timeout", async () => {
        const dir = program("hangs", { "index.ts": "export = new Promise(() => { setInterval(() => undefined, 1000); });\n" });
        assert.strictEqual(await inputError(() => runProgram(dir, { timeoutMs: 3000, transpileOnly })),
            `${dir}: the program did not finish within 3 s`);
    });
});
