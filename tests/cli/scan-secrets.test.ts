/**
 * Pulumi secrets through `azure-srm scan` of a stack export, end to end: the export's secrets (decrypted, with
 * plaintext, or encrypted, with ciphertext only) reach the pack as the engine sends secrets, @pulumi/policy's
 * decoder records them (lib/kit/secrets.ts), and the literal-secret policies pass them while flagging the literals.
 * The scan runs the built pack (dist/): build it first (`npm run build`), as `npm test` does.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../lib/cli/cli";
import { sig, sigKey } from "../../lib/core/wire";

async function scan(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = "";
    let err = "";
    const code = await runCli(["scan", ...argv], { out: (s) => { out += s; }, err: (s) => { err += s; } });
    return { code, out, err };
}

const decrypted = (value: unknown) => ({ [sigKey]: sig.secret, plaintext: JSON.stringify(value) });
const encrypted = { [sigKey]: sig.secret, ciphertext: "v1:AAAAbm90LXJlYWxseS1jaXBoZXJ0ZXh0" };
const urn = (type: string, name: string) => `urn:pulumi:dev::shop::${type}::${name}`;

const literals = ["Hunter2-literal-password", "ghp-literal-token-value", "literal-registry-password"];
const secrets = ["decrypted-but-secret-api-key", "decrypted-secret-access-key"];

const exportDoc = {
    version: 3,
    deployment: {
        manifest: { time: "2026-12-02T00:00:00Z", magic: "", version: "v3.200.0" },
        resources: [
            {
                urn: urn("azure-native:web:WebApp", "app"), custom: true, type: "azure-native:web:WebApp",
                inputs: {
                    resourceGroupName: "rg",
                    siteConfig: {
                        appSettings: [
                            { name: "DB_PASSWORD", value: encrypted },
                            { name: "API_KEY", value: decrypted(secrets[0]) },
                            { name: "GITHUB_TOKEN", value: literals[1] },
                            { name: "WEBSITE_TIME_ZONE", value: "UTC" },
                            // The decrypted secret's value, sent plain: flagged, so only its being a secret differs.
                            { name: "API_KEY", value: secrets[0] },
                        ],
                    },
                },
            },
            {
                urn: urn("azure-native:web:WebAppApplicationSettings", "settings"), custom: true,
                type: "azure-native:web:WebAppApplicationSettings",
                inputs: { resourceGroupName: "rg", name: "app", properties: decrypted({ DB_PASSWORD: literals[0] }) },
            },
            {
                urn: urn("azure-native:containerinstance:ContainerGroup", "group"), custom: true,
                type: "azure-native:containerinstance:ContainerGroup",
                inputs: {
                    resourceGroupName: "rg", osType: "Linux",
                    containers: [{ name: "web", image: "contoso.azurecr.io/web:1", environmentVariables: [
                        { name: "STORAGE_ACCESS_KEY", value: decrypted(secrets[1]) },
                        { name: "DB_PASSWORD", value: literals[0] },
                    ] }],
                    imageRegistryCredentials: [{ server: "contoso.azurecr.io", username: "puller", password: literals[2] }],
                },
            },
        ],
    },
};

describe("azure-srm scan: Pulumi secrets in a stack export", function () {
    this.timeout(120000); // the scan starts the pack as a plugin, as the CLI does

    it("passes the export's secrets, decrypted or not, and flags the literals, printing no value", async () => {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "scan-secrets-")), "secrets.json");
        fs.writeFileSync(file, JSON.stringify(exportDoc));
        const { out, err } = await scan(file, "--format", "json");
        const report = JSON.parse(out);
        const ours = new Set(["app-service-no-literal-secrets", "container-no-literal-secrets"]);
        const got = report.findings.filter((f: any) => ours.has(f.policy))
            .map((f: any) => `${f.policy} ${f.resourceName} ${/^\S+/.exec(f.message)![0]}`).sort();
        assert.deepStrictEqual(got, [
            "app-service-no-literal-secrets app siteConfig.appSettings[2]",
            "app-service-no-literal-secrets app siteConfig.appSettings[4]",
            "container-no-literal-secrets group containers[0].environmentVariables[1]",
            "container-no-literal-secrets group imageRegistryCredentials[0].password",
        ]);
        // The settings resource's map is a secret as a whole: nothing in it is literal.
        assert.ok(!report.findings.some((f: any) => ours.has(f.policy) && f.resourceName === "settings"));
        // Neither of ours is left undecided: an encrypted secret is a secret, whatever its value.
        assert.ok(!(report.undecided ?? []).some((u: any) => ours.has(u.policy)), JSON.stringify(report.undecided));
        for (const v of [...literals, ...secrets]) {
            assert.ok(!out.includes(v) && !err.includes(v), `the scan printed a value: ${v}`);
        }
    });
});
