import * as assert from "assert";
import { packRoot } from "../../lib/core/paths";
import { Module, readGraph, roleOf, violations } from "./layers";

describe("layout: imports point one way", () => {
    const graph = readGraph(packRoot, ["lib", "policies", "bin"], ["index.ts"]);

    it("every module of lib/ sits in a role folder", () => {
        const stray = graph.filter((m) => m.id.startsWith("lib/") && roleOf(m.id) === undefined).map((m) => m.id);
        assert.deepStrictEqual(stray, []);
        assert.ok(graph.length > 100, `read only ${graph.length} modules`);
    });

    it("no upward or sideways import, no package in core or policies, no cycle", () => {
        assert.deepStrictEqual(violations(graph), []);
    });

    it("policies import the kit's one entry and nothing else", () => {
        const policies = graph.filter((m) => m.id.startsWith("policies/"));
        assert.ok(policies.length > 0);
        for (const p of policies) {
            assert.deepStrictEqual(p.imports, ["lib/kit/index"], `${p.id} imports ${p.imports.join(", ")}`);
        }
    });

    describe("the checker itself", () => {
        const m = (id: string, imports: string[] = [], packages: string[] = []): Module => ({ id, imports, packages });

        it("reports an upward import", () => {
            const got = violations([m("lib/kit/policy", ["lib/engine/pack"]), m("lib/engine/pack")]);
            assert.strictEqual(got.length, 1);
            assert.match(got[0], /^lib\/kit\/policy imports lib\/engine\/pack: lib\/kit may import only lib\/kit, lib\/core$/);
        });

        it("reports a sideways import between engine and inputs", () => {
            assert.strictEqual(violations([m("lib/inputs/program", ["lib/engine/session"]), m("lib/engine/session")]).length, 1);
        });

        it("reports a policy reaching past the kit's entry", () => {
            const got = violations([m("policies/a/x", ["lib/kit/model"]), m("lib/kit/model"), m("lib/kit/index")]);
            assert.strictEqual(got.length, 1);
        });

        it("reports a package loaded by core, but not a Node built-in", () => {
            assert.deepStrictEqual(violations([m("lib/core/files", [], ["fs", "node:path", "crypto"])]), []);
            assert.strictEqual(violations([m("lib/core/files", [], ["@pulumi/policy"])]).length, 1);
        });

        it("reports a cycle once, even within one folder", () => {
            const got = violations([m("lib/kit/a", ["lib/kit/b"]), m("lib/kit/b", ["lib/kit/c"]), m("lib/kit/c", ["lib/kit/a"])]);
            assert.deepStrictEqual(got, ["import cycle: lib/kit/a -> lib/kit/b -> lib/kit/c -> lib/kit/a"]);
        });

        it("accepts imports that follow the layers", () => {
            assert.deepStrictEqual(violations([m("lib/cli/scan", ["lib/reports/report", "lib/inputs/program", "lib/core/errors"]),
                m("lib/reports/report", ["lib/kit/model"]), m("lib/inputs/program", ["lib/core/errors"]),
                m("lib/kit/model"), m("lib/core/errors")]), []);
        });
    });
});
