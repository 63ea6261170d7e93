import * as assert from "assert";
import * as fs from "fs";
import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import { WebApp } from "@pulumi/azure-native/web";
import { ManagedCluster as ManagedCluster20210501 } from "azure-native-v2/containerservice/v20210501";
import { toPulumiPolicy } from "../../lib/engine/pack";
import { applyChanges } from "../../lib/kit/fix";
import { fixVersionsLack } from "../../lib/kit/fix-versions";
import { resourcePolicy } from "../../lib/kit/policy";
import { register, registry } from "../../lib/kit/registry";
import { sig, sigKey } from "../../lib/core/wire";
import aksImageCleaner from "../../policies/applications/aks-image-cleaner";
import ftpsOnly from "../../policies/applications/app-service-ftps-only";
import { resource, runRemediation, secret, tokenOf, unknown } from "../tester";

const app = { resourceGroupName: "rg", serverFarmId: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Web/serverfarms/plan" };

describe("kit: fixes (remediation)", () => {
    it("lib/kit/fix-versions.ts is what the installed SDKs and the registry give (node dist/scripts/fix-versions.js rewrites it)", function () {
        this.timeout(120_000);
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { fixVersionsFile, fixVersionsSource } = require("../../scripts/fix-versions");
        assert.strictEqual(fs.readFileSync(fixVersionsFile, "utf8"), fixVersionsSource());
    });

    it("at least 25 policies remediate, and a policy that does not may say why", () => {
        const fixing = registry().filter(({ definition: d }) => d.kind === "resource" && d.fixes.size > 0);
        assert.ok(fixing.length >= 25, `only ${fixing.length} policies remediate`);
        for (const p of registry()) {
            const policy = toPulumiPolicy(p) as { remediateResource?: unknown };
            const fixes = p.definition.kind === "resource" && p.definition.fixes.size > 0;
            assert.strictEqual(policy.remediateResource !== undefined, fixes, `${p.definition.name}: remediateResource iff it has a fix`);
            assert.ok(!(fixes && p.definition.noFix !== undefined), `${p.definition.name}: a fix and a noFix reason`);
        }
    });

    it("a fix creates the objects on its path, and refuses a path through a value that is not an object", () => {
        const props: Record<string, unknown> = { siteConfig: { alwaysOn: true } };
        assert.ok(applyChanges(props, [{ path: "siteConfig.ftpsState", value: "FtpsOnly" }, { path: "a.b.c", value: 1 }]));
        assert.deepStrictEqual(props, { siteConfig: { alwaysOn: true, ftpsState: "FtpsOnly" }, a: { b: { c: 1 } } });
        const odd: Record<string, unknown> = { siteConfig: "text", httpsOnly: false };
        assert.strictEqual(applyChanges(odd, [{ path: "httpsOnly", value: true }, { path: "siteConfig.ftpsState", value: "FtpsOnly" }]), false);
        assert.deepStrictEqual(odd, { siteConfig: "text", httpsOnly: false }, "made whole or not at all");
    });

    it("leaves a value unknown at preview to the engine: no fix through it", async () => {
        assert.strictEqual(await runRemediation(ftpsOnly, resource(WebApp, { ...app, siteConfig: unknown() })), undefined);
        assert.strictEqual(await runRemediation(ftpsOnly, resource(WebApp, { ...app, siteConfig: { ftpsState: unknown() } })), undefined);
    });

    it("keeps a secret a secret, and every other input as it was", async () => {
        const fixed = await runRemediation(ftpsOnly, resource(WebApp, {
            ...app, siteConfig: { ftpsState: "AllAllowed", appSettings: [{ name: "TOKEN", value: secret("s3cr3t-value") }] },
        }));
        assert.deepStrictEqual(fixed, {
            ...app, siteConfig: { ftpsState: "FtpsOnly", appSettings: [{ name: "TOKEN", value: { [sigKey]: sig.secret, value: "s3cr3t-value" } }] },
        });
        // A secret object on the path: the change stays inside the secret.
        const inSecret = await runRemediation(ftpsOnly, resource(WebApp, { ...app, siteConfig: secret({ ftpsState: "AllAllowed" }) }));
        assert.deepStrictEqual(inSecret, { ...app, siteConfig: { [sigKey]: sig.secret, value: { ftpsState: "FtpsOnly" } } });
    });

    it("never adds an input to a resource whose API version lacks it", async () => {
        const v20210501 = tokenOf(ManagedCluster20210501);
        assert.ok(fixVersionsLack[v20210501]?.includes("securityProfile"));
        const base = { resourceGroupName: "rg", dnsPrefix: "aks" };
        assert.strictEqual(await runRemediation(aksImageCleaner, resource(ManagedCluster20210501, base)), undefined);
        assert.deepStrictEqual(await runRemediation(aksImageCleaner, resource(ManagedCluster, base)),
            { ...base, securityProfile: { imageCleaner: { enabled: true } } });
    });

    it("a fix must name types the check visits, need changes, and not come with a noFix reason", () => {
        const base = { name: "x", description: "d", area: "networking" as const, severity: "low" as const,
            frameworks: { mcsb: ["NS-2"] }, remediation: "r", messages: { m: "m" } };
        assert.throws(() => resourcePolicy({ ...base, check: { storageAccount: () => undefined },
            fix: { redis: [{ path: "enableNonSslPort", value: false }] } }), /fix names "redis", which its check does not visit/);
        assert.throws(() => resourcePolicy({ ...base, check: { storageAccount: () => undefined }, fix: { storageAccount: [] } }),
            /needs changes/);
        assert.throws(() => resourcePolicy({ ...base, check: { storageAccount: () => undefined }, noFix: "why",
            fix: { storageAccount: [{ path: "minimumTlsVersion", value: "TLS1_2" }] } }), /both a fix and a noFix/);
        const ok = resourcePolicy({ ...base, check: { storageAccount: () => undefined }, noFix: "why" });
        assert.strictEqual((toPulumiPolicy(register(ok, "test")) as { remediateResource?: unknown }).remediateResource, undefined);
    });
});

describe("kit: a fix that throws", () => {
    it("leaves the resource as it is instead of failing the preview", async () => {
        const buggy = resourcePolicy({
            name: "buggy-fix", description: "d", area: "data-protection", severity: "low", frameworks: { mcsb: ["DP-3"] },
            remediation: "r", messages: { m: "m" },
            check: { webApp: (_app, ctx) => ctx.report("m") },
            fix: { webApp: () => { throw new TypeError("boom"); } },
        });
        const write = process.stderr.write;
        let said = "";
        process.stderr.write = ((s: string) => { said += s; return true; }) as typeof process.stderr.write;
        try {
            assert.strictEqual(await runRemediation(buggy, resource(WebApp, app)), undefined);
        } finally {
            process.stderr.write = write;
        }
        assert.match(said, /policy buggy-fix on res \(azure-native:web:WebApp\): the fix failed with TypeError/);
    });
});
