import * as assert from "assert";
import fc from "fast-check";
import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";
import {
    argShapes, assertProperties, assertProperty, BagBuilder, FixtureHints, generatedResourceProperty, pathsOf, replaced,
    withSecrets,
} from "../properties";
import { runResource, unknown } from "../tester";

const nsgToken = "azure-native:network:NetworkSecurityGroup";
const nsgFixture = {
    resourceGroupName: "rg", location: "westeurope",
    securityRules: [{ name: "ssh", access: "Allow", direction: "Inbound", protocol: "Tcp", sourceAddressPrefix: "*", destinationPortRange: "22" }],
};

/** Every path of a value, unknown markers counted as leaves: `[["a"], ["a", 0], ...]`, with the value there. */
function leaves(v: unknown, at: (string | number)[] = [], out: { at: (string | number)[]; v: unknown }[] = []) {
    out.push({ at, v });
    if (v !== null && typeof v === "object" && Object.getOwnPropertySymbols(v).length === 0) {
        Object.entries(v).forEach(([k, x]) => leaves(x, [...at, Array.isArray(v) ? Number(k) : k], out));
    }
    return out;
}
const isUnknown = (v: unknown) => v !== null && typeof v === "object" && Object.getOwnPropertySymbols(v).length > 0;

describe("tester: the property checks themselves", () => {
    const quiet = { ids: [], messages: [], notApplicable: [] };

    it("fail on a message that prints an input string, unless it is the policy's own word", () => {
        const said = { ids: ["m"], messages: ["secret value P@ssw0rd-123 is weak"], notApplicable: [] };
        assert.throws(() => assertProperties("", { adminPassword: "P@ssw0rd-123" }, said, said), /prints an input string/);
        assertProperties("is weak P@ssw0rd-123", { adminPassword: "P@ssw0rd-123" }, said, said);
    });

    it("fail on a check that threw, and on a secret deciding differently", () => {
        const threw = { ...quiet, notApplicable: ["could not check: the check failed with TypeError"] };
        assert.throws(() => assertProperties("", {}, threw, threw), /a check threw/);
        assert.throws(() => assertProperties("", {}, quiet, { ...quiet, ids: ["m"] }), /decides differently/);
    });

    it("reach every value of a fixture, and replace one without touching the original", () => {
        const props = { a: { b: [1, { c: 2 }] } };
        assert.deepStrictEqual(pathsOf(props), [["a"], ["a", "b"], ["a", "b", 0], ["a", "b", 1], ["a", "b", 1, "c"]]);
        assert.deepStrictEqual(replaced(props, ["a", "b", 1, "c"], null), { a: { b: [1, { c: null }] } });
        assert.deepStrictEqual(props, { a: { b: [1, { c: 2 }] } });
    });

    it("send chosen values as secrets, none inside another, without touching the original", () => {
        const props = { a: { b: [1, { c: 2 }] }, d: "x" };
        const secret = (value: unknown) => ({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value });
        // paths: a, a.b, a.b[0], a.b[1], a.b[1].c, d
        assert.deepStrictEqual(withSecrets(props, [4, 5]), { a: { b: [1, { c: secret(2) }] }, d: secret("x") });
        assert.deepStrictEqual(withSecrets(props, [1, 4]), { a: { b: secret([1, { c: 2 }]) }, d: "x" });
        assert.deepStrictEqual(props, { a: { b: [1, { c: 2 }] }, d: "x" });
    });

    it("read from the fixtures the paths they set, the values at each and a map's keys", () => {
        const hints = new FixtureHints([nsgFixture, { tags: { owner: "me" } }]);
        assert.ok(hints.paths.has("securityRules[].sourceAddressPrefix"));
        assert.deepStrictEqual(hints.valuesAt("securityRules[].destinationPortRange", "string"), ["22"]);
        assert.deepStrictEqual(hints.keysAt("tags"), ["owner"]);
        assert.ok(hints.reach("securityRules") && !hints.reach("subnets"));
    });
});

describe("tester: property bags generated from the SDK's types", () => {
    const shapes = argShapes();
    const bags = fc.sample(new BagBuilder(shapes, new FixtureHints([nsgFixture]), unknown).bag(nsgToken), { seed: 7, numRuns: 300 });
    const all = bags.flatMap((b) => leaves(b));
    const ruleShape = shapes.definitions["network.SecurityRuleArgs"];

    it("follow the *Args: every key is one of the type's, at every depth", () => {
        const nsgKeys = Object.keys(shapes.types[nsgToken].properties!);
        const ruleKeys = Object.keys(ruleShape.properties!);
        for (const b of bags) {
            assert.deepStrictEqual(Object.keys(b).filter((k) => !nsgKeys.includes(k) && k !== "addedByTheFuzzer"), []);
            for (const r of Array.isArray(b.securityRules) ? b.securityRules : []) {
                // ({ a: null } is one of the odd values, an object of no type)
                if (r !== null && typeof r === "object" && !Array.isArray(r) && !isUnknown(r) && !("a" in r)) {
                    assert.deepStrictEqual(Object.keys(r).filter((k) => !ruleKeys.includes(k)), [], JSON.stringify(r));
                }
            }
        }
    });

    it("carry the enums' real values, the fixtures' values and the SDK's scalar types", () => {
        const accesses = new Set(all.filter((l) => l.at[2] === "access").map((l) => l.v));
        assert.ok(accesses.has("Allow") && accesses.has("Deny"), [...accesses].join());
        const priorities = all.filter((l) => l.at[2] === "priority").map((l) => typeof l.v);
        assert.ok(priorities.includes("number"));
        assert.ok(all.some((l) => l.at[2] === "destinationPortRange" && l.v === "22"));
        assert.ok(all.some((l) => l.at.length >= 4 && typeof l.v === "string"), "nested arrays of strings");
    });

    it("are odd at every depth: null, unknown, empty and null-filled arrays, wrong types, huge and non-ASCII strings", () => {
        for (const depth of [1, 3]) {
            const here = all.filter((l) => l.at.length === depth);
            assert.ok(here.some((l) => l.v === null), `null at depth ${depth}`);
            assert.ok(here.some((l) => isUnknown(l.v)), `unknown at depth ${depth}`);
            assert.ok(here.some((l) => Array.isArray(l.v) && l.v.length === 0), `[] at depth ${depth}`);
            assert.ok(here.some((l) => Array.isArray(l.v) && l.v.length > 0 && l.v.every((x) => x === null)), `[null] at depth ${depth}`);
        }
        assert.ok(all.some((l) => l.at[2] === "access" && typeof l.v === "number"), "a number where an enum belongs");
        assert.ok(all.some((l) => typeof l.v === "string" && l.v.length > 100_000), "a huge string");
        assert.ok(all.some((l) => typeof l.v === "string" && /[^\x00-\x7f]/.test(l.v) && l.v.length < 100), "a non-ASCII string");
        assert.ok(all.some((l) => l.at[0] === "securityRules" && l.at.length === 1 && !Array.isArray(l.v) && l.v !== null
            && typeof l.v === "object" && "access" in l.v), "a rule where the list of rules belongs");
    });

    it("find a check that reads through a null or a value of the wrong type, and shrink it to a small input", () => {
        const careless = resourcePolicy({
            name: "careless-nsg", description: "d", area: "networking", severity: "low", frameworks: { mcsb: [] },
            remediation: "r", messages: { open: "a rule is open" },
            check: {
                networkSecurityGroup: (nsg, ctx) => {
                    for (const rule of nsg.securityRules ?? []) {
                        if (rule.sourceAddressPrefix?.startsWith("*")) {
                            ctx.report("open");
                        }
                    }
                },
            },
        });
        const p = generatedResourceProperty(careless, [{ resource: { type: nsgToken, props: nsgFixture } }],
            (r, config) => runResource(careless, r, config), unknown);
        const write = process.stderr.write;
        process.stderr.write = () => true; // the kit's line per failed check, which is what this test provokes
        let result: fc.RunDetails<unknown>;
        try {
            result = fc.check(p.property, { seed: 1, numRuns: 200 }) as fc.RunDetails<unknown>;
        } finally {
            process.stderr.write = write;
        }
        assert.ok(result.failed, "the careless check was not caught");
        assert.match(String(result.errorInstance), /a check threw/);
        assert.ok(JSON.stringify(result.counterexample).length < 200, JSON.stringify(result.counterexample));
    });

    it("find a message that prints an input string; a failure says how to replay it", () => {
        const echoing = resourcePolicy({
            name: "echoing-nsg", description: "d", area: "networking", severity: "low", frameworks: { mcsb: [] },
            remediation: "r", messages: { where: "located in {{where}}" },
            check: {
                networkSecurityGroup: (nsg, ctx) => {
                    if (typeof nsg.location === "string") {
                        ctx.report("where", { where: nsg.location });
                    }
                },
            },
        });
        const p = generatedResourceProperty(echoing, [{ resource: { type: nsgToken, props: nsgFixture } }],
            (r, config) => runResource(echoing, r, config), unknown);
        assert.throws(() => assertProperty(echoing, p), (e: Error) => {
            assert.match(e.message, /prints an input string/);
            assert.match(e.message, /Replay: AZURE_SRM_SEED=-?\d+ AZURE_SRM_PATH=[\d:]+ npx mocha --no-config .* tests\/policies\/networking\/echoing-nsg.test.ts --fgrep "property \(generated from the SDK's types\)"/);
            return true;
        });
    });
});

describe("tester: tests/generated/arg-shapes.json", () => {
    it("was derived from the installed SDK, by today's scripts/arg-shapes.ts (node dist/scripts/arg-shapes.js rewrites it)", () => {
        // A hash of every input of the derivation (the SDK's declaration files it reads, the script, TypeScript's
        // version): `node dist/scripts/arg-shapes.js --check` derives the file afresh, which takes several seconds.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { inputsFingerprint } = require("../../scripts/arg-shapes");
        const shapes = argShapes();
        assert.strictEqual(shapes.fingerprint, inputsFingerprint(),
            "tests/generated/arg-shapes.json is stale: run npm run build && node dist/scripts/arg-shapes.js");
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        assert.strictEqual(shapes.sdk, `@pulumi/azure-native ${require("@pulumi/azure-native/package.json").version}`);
    });

    it("describes the SDK's types: open enums, closed ones, required inputs, nested types and unions", () => {
        const { types, definitions } = argShapes();
        const vm = types["azure-native:compute:VirtualMachine"];
        assert.deepStrictEqual(vm.required, ["resourceGroupName"]);
        assert.deepStrictEqual(vm.properties!.osProfile, { $ref: "compute.OSProfileArgs" });
        assert.deepStrictEqual(vm.properties!.tags, { type: "object", additionalProperties: { type: "string" } });
        assert.deepStrictEqual(definitions["network.SecurityRuleArgs"].properties!.access, { type: "string", examples: ["Deny", "Allow"] });
        assert.deepStrictEqual(definitions["compute.LinuxConfigurationArgs"].properties!.disablePasswordAuthentication, { type: "boolean" });
        const item = types["azure-native:recoveryservices:ProtectedItem"].properties!.properties;
        assert.ok(item.anyOf!.some((s) => s.$ref === "recoveryservices.AzureIaaSComputeVMProtectedItemArgs"));
        assert.deepStrictEqual(definitions["recoveryservices.AzureIaaSComputeVMProtectedItemArgs"].properties!.protectedItemType,
            { const: "Microsoft.Compute/virtualMachines" });
        assert.deepStrictEqual(Object.keys(types), [...new Set(Object.values(catalog).map((t) => t.token))].sort(),
            "one shape per catalog type");
    });
});
