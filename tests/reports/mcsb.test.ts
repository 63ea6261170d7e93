import * as assert from "assert";
import { mcsbDefinitions } from "../../lib/kit/mcsb-initiative";
import { azurePolicyRef } from "../../lib/kit/policy";
import { registry } from "../../lib/kit/registry";
import { catalogEntries } from "../../lib/reports/catalog";
import { generatedFiles } from "../../lib/reports/docs";
import { DefinitionCoverage, mcsbCoverage } from "../../lib/reports/mcsb";

describe("MCSB initiative coverage", () => {
    const report = mcsbCoverage();
    const byId = new Map(report.definitions.map((d) => [d.id, d]));
    const definition = (id: string): DefinitionCoverage => {
        const d = byId.get(id);
        assert.ok(d, `no definition ${id}`);
        return d;
    };

    it("has every definition of the initiative once", () => {
        assert.strictEqual(report.definitions.length, mcsbDefinitions.length);
        assert.deepStrictEqual([...byId.keys()].sort(), mcsbDefinitions.map((d) => d.id).sort());
        assert.deepStrictEqual(report.initiative, { id: "1f3afdf9-d0c9-4c3d-847f-89da613e70a8",
            displayName: "Microsoft cloud security benchmark", version: "57.56.0" });
    });

    it("derives each verdict and the totals from the policies' own metadata", () => {
        // The same derivation, done here from the registry: full if some policy names the id alone.
        const full = new Set<string>();
        const named = new Set<string>();
        for (const { definition: d } of registry()) {
            for (const { id, partial } of (d.frameworks.azurePolicy ?? []).map(azurePolicyRef)) {
                named.add(id);
                if (partial === undefined) {
                    full.add(id);
                }
            }
        }
        const inScope = mcsbDefinitions.filter((d) => d.scope === "in-scope");
        const expected = {
            definitions: inScope.length,
            covered: inScope.filter((d) => full.has(d.id)).length,
            partial: inScope.filter((d) => named.has(d.id) && !full.has(d.id)).length,
            none: inScope.filter((d) => !named.has(d.id)).length,
        };
        assert.deepStrictEqual(report.totals.inScope, expected);
        assert.strictEqual(report.totals.inScope.definitions, 136);
        assert.deepStrictEqual(report.totals.outOfScope, { "not-decidable": 70, "retired": 15, "classic": 2 });
        // What the pack covered when the mapping was made; later policies may only add to it.
        assert.ok(report.totals.inScope.covered >= 47, `covered: ${report.totals.inScope.covered}`);
        assert.ok(report.totals.inScope.covered + report.totals.inScope.partial >= 68);
        for (const d of report.definitions) {
            assert.strictEqual(d.policies.length > 0, named.has(d.id), d.id);
        }
    });

    it("names the covering policies, and what a partial one leaves out", () => {
        assert.deepStrictEqual(definition("404c3081-a854-4457-ae30-26a93ef643f9").policies, [{ name: "storage-https-only" }]);
        assert.strictEqual(definition("404c3081-a854-4457-ae30-26a93ef643f9").verdict, "covered");
        // Azure's own id with a "k", covered like any other.
        assert.deepStrictEqual(definition("17k78e20-9358-41c9-923c-fb736d382a12").policies, [{ name: "sql-tde-enabled" }]);

        // A policy that names a definition with what it leaves out, and no other policy: partial.
        const partly = { ...registry().find((p) => p.definition.name === "vm-patch-assessment-mode")!.definition,
            frameworks: { mcsb: ["PV-6"], azurePolicy: [{ id: "bd876905-5b84-4f73-ab2d-2e7a7c4568d9", partial: "VMs only" }] } } as const;
        const others = registry().map((p) => p.definition).filter((d) => d.name !== partly.name);
        const updates = mcsbCoverage([...others, partly]).definitions.find((d) => d.id === "bd876905-5b84-4f73-ab2d-2e7a7c4568d9")!;
        assert.strictEqual(updates.verdict, "partial");
        assert.deepStrictEqual(updates.policies, [{ name: "vm-patch-assessment-mode", partial: "VMs only" }]);
        assert.strictEqual(definition("bd876905-5b84-4f73-ab2d-2e7a7c4568d9").verdict, "covered", "the pack's own policy covers it");

        // A partial entry beside a full one: covered, each policy listed with what it leaves out.
        const api = definition("7926a6d1-b268-4586-8197-e8ae90c877d7"); // Microsoft Defender for APIs should be enabled
        assert.strictEqual(api.verdict, "covered");
        assert.deepStrictEqual(api.policies.map((p) => p.name), ["defender-plan-standard", "defender-plans-required"]);
        assert.match(api.policies[0].partial ?? "", /Api plan only where the stack declares it/);
        assert.strictEqual(api.policies[1].partial, undefined);

        // One policy covers it fully, so it is covered even though another entry would be partial.
        const logs = definition("f8d36e2f-389b-4ee4-898d-21aeb69a0f45"); // Resource logs in Service Bus
        assert.strictEqual(logs.verdict, "covered");
        assert.deepStrictEqual(logs.policies, [{ name: "diagnostic-settings-required" }]);
    });

    it("reports definitions no policy could decide as out of scope, with any policy that matches them partly", () => {
        const mariaDb = definition("0ec47710-77ff-4a3d-9181-6aa50af424d0"); // geo-redundant backup for MariaDB
        assert.deepStrictEqual([mariaDb.verdict, mariaDb.scope, mariaDb.policies], ["out-of-scope", "retired", []]);
        const secrets = definition("98728c90-32c7-4049-8429-847dc0f4fe37"); // Key Vault secrets should have an expiration date
        assert.deepStrictEqual([secrets.verdict, secrets.scope, secrets.kind], ["out-of-scope", "not-decidable", "data-plane"]);
        assert.deepStrictEqual(secrets.policies.map((p) => p.name), ["keyvault-secret-expiration"]);
        assert.ok(secrets.policies[0].partial);
        const ports = definition("22730e10-96f6-4aac-ad84-9383d35b5917"); // Management ports should be closed
        assert.deepStrictEqual(ports.policies.map((p) => p.name), ["nsg-no-rdp-from-internet", "nsg-no-ssh-from-internet"]);
    });

    it("lists in-scope definitions first, by verdict, then those out of scope", () => {
        const order = report.definitions.map((d) => d.verdict);
        const firstOut = order.indexOf("out-of-scope");
        assert.ok(order.slice(firstOut).every((v) => v === "out-of-scope"));
        const verdicts = ["covered", "partial", "none", "out-of-scope"];
        assert.deepStrictEqual([...new Set(order)], verdicts.filter((v) => order.includes(v as never)));
    });

    it("puts the definitions in the catalog, with display names, and on the policy's doc page", () => {
        const entry = catalogEntries().find((e) => e.name === "storage-network-default-deny")!;
        assert.deepStrictEqual(entry.frameworks.azurePolicy, ["34c877ad-507e-4c82-993e-3452a6e0ad3c",
            "2a1a9cdf-e04d-429a-8416-3bfb72a1b26f", "db4f9b05-5ffd-4b34-b714-3c710dbb3fd6"]);
        assert.strictEqual(entry.azurePolicyDefinitions[0].displayName, "Storage accounts should restrict network access");
        assert.strictEqual(entry.azurePolicyDefinitions[0].partial, undefined, "full, with the strict reading in its options");

        const files = generatedFiles();
        const page = files.get("docs/policies/storage-https-only.md")!;
        assert.match(page, /\n## Azure Policy\n/);
        assert.match(page, /\| `404c3081-a854-4457-ae30-26a93ef643f9` \| Secure transfer to storage accounts should be enabled \| full \|/);
        const partly = files.get("docs/policies/defender-plan-standard.md")!;
        assert.match(partly, /\| `7926a6d1-b268-4586-8197-e8ae90c877d7` \| Microsoft Defender for APIs should be enabled \| partial: checks the Api plan only where the stack declares it/);
        const none = files.get("docs/policies/required-tags.md")!;
        assert.match(none, /Implements no definition of Azure Policy's \*Microsoft cloud security benchmark\* initiative/);
    });
});
