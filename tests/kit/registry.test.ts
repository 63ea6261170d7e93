import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { areas } from "../../lib/kit/model";
import { packPolicies } from "../../lib/engine/pack";
import { registry } from "../../lib/kit/registry";
import { packRoot } from "../../lib/core/paths";

describe("the registry", () => {
    const regs = registry();

    it("holds at least 60 policies, at least 5 in each of the seven areas", () => {
        assert.ok(regs.length >= 60, `only ${regs.length} policies`);
        for (const area of Object.keys(areas)) {
            const n = regs.filter((p) => p.definition.area === area).length;
            assert.ok(n >= 5, `${area} has ${n} policies`);
        }
        assert.ok(regs.filter((p) => p.definition.kind === "stack").length >= 4, "at least 4 stack policies");
    });

    it("gives every policy MCSB ids, well-formed framework ids, a remediation and a test twin", () => {
        for (const { definition: d, file } of regs) {
            assert.ok(d.frameworks.mcsb.length > 0 && d.frameworks.mcsb.every((id) => /^[A-Z]{2}-\d{1,2}$/.test(id)),
                `${d.name}: MCSB ids ${d.frameworks.mcsb}`);
            assert.ok((d.frameworks.cis ?? []).every((id) => /^\d+(\.\d+)*$/.test(id)), `${d.name}: CIS ids`);
            assert.ok(d.remediation.length > 20, `${d.name}: remediation`);
            assert.ok(/\.$/.test(d.description), `${d.name}: description is a sentence`);
            const twin = path.join(packRoot, file.replace(/^policies\//, "tests/policies/").replace(/\.ts$/, ".test.ts"));
            assert.ok(fs.existsSync(twin), `${d.name}: no test file ${path.relative(packRoot, twin)}`);
        }
    });

    it("serves config schemas the CLI can validate: typed, with defaults, no reserved keys", () => {
        for (const p of packPolicies()) {
            for (const [key, schema] of Object.entries(p.configSchema?.properties ?? {})) {
                assert.notStrictEqual(key, "enforcementLevel", p.name);
                assert.ok(schema.type, `${p.name}.${key} has no type`);
                assert.ok(schema.default !== undefined, `${p.name}.${key} has no default`);
                assert.ok(schema.description, `${p.name}.${key} has no description`);
            }
        }
    });

    it("serves severity, remediation steps and the MCSB framework on every policy", () => {
        for (const p of packPolicies().slice(1)) {
            assert.ok(p.severity && p.remediationSteps && p.framework?.reference, p.name);
        }
    });
});
