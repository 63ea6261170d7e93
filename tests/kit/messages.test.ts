import * as assert from "assert";
import { isMessageValue, messageProblems, placeholdersOf, renderMessage, withheld } from "../../lib/kit/messages";
import { defaultsOf, option, schemaOf } from "../../lib/kit/options";
import { resourcePolicy } from "../../lib/kit/policy";
import { catalog } from "../../lib/kit/model";
import { located } from "../../lib/kit/type-groups";

describe("kit: messages", () => {
    it("fills paths and indices, and config options", () => {
        assert.strictEqual(renderMessage("{{path}}.patchMode at [{{index}}]: one of {{config.modes}}; {{config.days}} days",
            { path: "osProfile.linuxConfiguration", index: 3 }, { modes: ["A", "B"], days: 7 }),
        "osProfile.linuxConfiguration.patchMode at [3]: one of A, B; 7 days");
    });

    it("withholds a value that is not a path or an index, and an unknown option", () => {
        for (const v of ["P@ssw0rd!", "10.0.0.0/8", "a b", -1, 1.5, { toString: () => "x" }, undefined]) {
            assert.strictEqual(renderMessage("x={{v}}", { v }, {}), `x=${withheld}`, String(v));
        }
        assert.strictEqual(renderMessage("{{config.nope}}", {}, {}), withheld);
        assert.ok(isMessageValue("securityRules[2].sourceAddressPrefix"));
        assert.ok(isMessageValue("virtualMachineProfile."));
        assert.ok(isMessageValue(""));
    });

    it("prints values of the policy's own options, and nothing else that is not a path", () => {
        const config = { tags: ["cost-center", "owner"], mode: "Strict Mode" };
        assert.strictEqual(renderMessage("lacks {{missing}}", { missing: ["cost-center", "owner"] }, config), "lacks cost-center, owner");
        assert.strictEqual(renderMessage("{{m}}", { m: "Strict Mode" }, config), "Strict Mode");
        assert.strictEqual(renderMessage("lacks {{missing}}", { missing: ["cost-center", "s3cr3t value"] }, config), `lacks ${withheld}`);
        assert.strictEqual(renderMessage("lacks {{missing}}", { missing: [] }, config), `lacks ${withheld}`);
    });

    it("lists placeholders, config ones included", () => {
        assert.deepStrictEqual(placeholdersOf("{{a}} and {{ config.b }} and {{a}}"), ["a", "config.b", "a"]);
    });

    it("the registry's checks: no messages, bad ids, unknown options", () => {
        assert.deepStrictEqual(messageProblems({}, []), ["declares no messages"]);
        assert.deepStrictEqual(messageProblems({ "Bad-Id": "x" }, []), ['message id "Bad-Id" must be camelCase']);
        assert.deepStrictEqual(messageProblems({ ok: "{{config.days}} and {{config.nope}}" }, ["days"]),
            ['message "ok" uses {{config.nope}}, but the policy has no option "nope"']);
    });
});

describe("kit: options", () => {
    const options = {
        days: option.integer({ default: 7, minimum: 1, maximum: 365, description: "d" }),
        mode: option.oneOf(["a", "b"], { default: "a", description: "m" }),
        names: option.stringList({ default: ["x"], description: "n" }),
        on: option.boolean({ default: true, description: "o" }),
    };

    it("give the JSON schema the CLI validates and the defaults the check sees", () => {
        assert.deepStrictEqual(schemaOf(options), {
            days: { type: "integer", default: 7, description: "d", minimum: 1, maximum: 365 },
            mode: { type: "string", enum: ["a", "b"], default: "a", description: "m" },
            names: { type: "array", items: { type: "string" }, default: ["x"], description: "n" },
            on: { type: "boolean", default: true, description: "o" },
        });
        assert.deepStrictEqual(defaultsOf(options), { days: 7, mode: "a", names: ["x"], on: true });
        assert.strictEqual(schemaOf({}), undefined);
    });
});

describe("kit: resourcePolicy", () => {
    const meta = {
        name: "x", description: "d", area: "compliance", severity: "low", frameworks: { mcsb: ["AM-1"] }, remediation: "r",
        messages: { m: "message" },
    } as const;

    it("derives its types from the handlers' keys, groups expanded", () => {
        const p = resourcePolicy({ ...meta, check: { storageAccount: () => undefined, keyVaultSecret: () => undefined } });
        assert.deepStrictEqual(p.resources, [catalog.storageAccount, catalog.keyVaultSecret]);
        const all = resourcePolicy({ ...meta, check: { located: () => undefined } });
        assert.deepStrictEqual(all.resources, located.map((k) => catalog[k]));
    });

    it("rejects a key that is neither a type nor a group, and two handlers for one type", () => {
        const check = { notAType: () => undefined } as unknown as { storageAccount: () => void };
        assert.throws(() => resourcePolicy({ ...meta, check }), /"notAType", which is neither a catalog type nor a group/);
        assert.throws(() => resourcePolicy({ ...meta, check: { located: () => undefined, storageAccount: () => undefined } }),
            /two handlers for "storageAccount"/);
    });
});
