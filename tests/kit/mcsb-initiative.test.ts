import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { packRoot } from "../../lib/core/paths";
import { definitionScopes, irregularDefinitionIds, mcsbDefinition, mcsbDefinitions } from "../../lib/kit/mcsb-initiative";
import { azurePolicyRef } from "../../lib/kit/policy";
import { registry } from "../../lib/kit/registry";

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("the MCSB initiative's definitions", () => {
    it("are the 223 of version 57.56.0, each once, named by a lower-case GUID (or Azure's one irregular name)", () => {
        assert.strictEqual(mcsbDefinitions.length, 223);
        const ids = mcsbDefinitions.map((d) => d.id);
        assert.strictEqual(new Set(ids).size, ids.length, "an id appears twice");
        const irregular = ids.filter((id) => !guid.test(id));
        assert.deepStrictEqual(irregular, [...irregularDefinitionIds]);
        // Azure's own spelling: a GUID but for a "k" in its first group.
        assert.ok(irregularDefinitionIds.every((id) => /^[0-9a-fk]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(id)));
        assert.ok(new Set(mcsbDefinitions.map((d) => d.displayName)).size >= 220, "display names are nearly all distinct");
    });

    it("have a kind, a scope, MCSB control ids and well-formed azure-native tokens", () => {
        for (const d of mcsbDefinitions) {
            assert.ok(d.displayName.length > 10, d.id);
            assert.ok(definitionScopes.includes(d.scope), d.id);
            assert.ok(d.controls.length > 0 && d.controls.every((c) => /^[A-Z]{2}-\d{1,2}$/.test(c)), `${d.id}: ${d.controls}`);
            assert.ok(d.tokens.every((t) => /^azure-native:[a-z]+:[A-Z][A-Za-z]+$/.test(t)), `${d.id}: ${d.tokens}`);
            // A definition a policy could decide names the types it reads; in-guest, runtime and data-plane ones cannot be.
            if (d.scope === "in-scope") {
                assert.ok(d.tokens.length > 0, `${d.id} is in scope but names no type`);
                assert.ok(d.kind === "property" || d.kind === "related-resource", d.id);
            }
        }
    });

    it("name only azure-native types the installed SDK has", () => {
        const sdk = path.join(packRoot, "node_modules", "@pulumi", "azure-native");
        for (const token of new Set(mcsbDefinitions.flatMap((d) => d.tokens))) {
            const [, module, resource] = token.split(":");
            const file = path.join(sdk, module, `${resource[0].toLowerCase()}${resource.slice(1)}.d.ts`);
            assert.ok(fs.existsSync(file), `${token}: no ${path.relative(sdk, file)}`);
        }
    });

    it("count 136 in scope: the definitions a policy of this pack can decide", () => {
        const byScope = Object.fromEntries(definitionScopes.map((s) => [s, mcsbDefinitions.filter((d) => d.scope === s).length]));
        assert.deepStrictEqual(byScope, { "in-scope": 136, "not-decidable": 70, "retired": 15, "classic": 2 });
    });

    it("include every definition a policy names, each named once per policy, with a reason where partly covered", () => {
        let named = 0;
        for (const { definition: d } of registry()) {
            const refs = (d.frameworks.azurePolicy ?? []).map(azurePolicyRef);
            assert.strictEqual(new Set(refs.map((r) => r.id)).size, refs.length, `${d.name} names a definition twice`);
            for (const { id, partial } of refs) {
                assert.ok(mcsbDefinition(id), `${d.name} names ${id}, which is no definition of the initiative`);
                assert.ok(partial === undefined || partial.trim().length > 20, `${d.name}: ${id} is partial without a reason`);
                named += 1;
            }
        }
        assert.ok(named >= 70, `only ${named} definition references`);
    });
});
