/**
 * readStackExport: a `pulumi stack export` file into the resources the engine would analyze. What it refuses is
 * refused with one InputError naming the file and the resource, never a property's value; which properties each
 * resource is evaluated on follows `properties`.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError } from "../../lib/core/errors";
import { sig, sigKey, unknownValue } from "../../lib/core/wire";
import { maxNestingDepth, readStackExport } from "../../lib/inputs/stack-export";

const stackUrn = "urn:pulumi:dev::shop::pulumi:pulumi:Stack::shop-dev";
const accountType = "azure-native:storage:StorageAccount";
const accountUrn = `urn:pulumi:dev::shop::${accountType}::storage`;
/** A value that must never appear in a message. */
const secretish = "hunter2-do-not-print";

function account(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { urn: accountUrn, custom: true, type: accountType, inputs: { accountName: "st", enableHttpsTrafficOnly: true },
        parent: stackUrn, dependencies: [], propertyDependencies: {}, ...extra };
}

function exportOf(...resources: unknown[]): unknown {
    return { version: 3, deployment: { manifest: {}, resources: [
        { urn: stackUrn, custom: false, type: "pulumi:pulumi:Stack", inputs: {}, outputs: {} }, ...resources] } };
}

/** `levels` objects nested in one another, the innermost holding `leaf`. */
function nested(levels: number, leaf: unknown = secretish): unknown {
    let v = leaf;
    for (let i = 0; i < levels; i++) {
        v = { a: v };
    }
    return v;
}

describe("inputs: stack export", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-export-"));
    let n = 0;
    const write = (doc: unknown): string => {
        const file = path.join(dir, `export-${n++}.json`);
        fs.writeFileSync(file, JSON.stringify(doc));
        return file;
    };
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    /** Reading `doc` fails with one InputError that names the file and matches `why`, and holds no value. */
    const refused = (doc: unknown, why: RegExp) => {
        const file = write(doc);
        assert.throws(() => readStackExport(file), (e: unknown) => {
            assert.ok(e instanceof InputError, String(e));
            assert.ok(e.message.startsWith(`${file}: `), e.message);
            assert.match(e.message, why);
            assert.ok(!e.message.includes(secretish), `a value in the message: ${e.message}`);
            assert.ok(!e.message.includes("\n"), e.message);
            return true;
        });
    };

    it("reads a well-formed export: the stack and providers are not analyzed, names as Pulumi splits them", () => {
        const provider = { urn: "urn:pulumi:dev::shop::pulumi:providers:azure-native::default", custom: true,
            type: "pulumi:providers:azure-native", inputs: {} };
        const named = account({ urn: `urn:pulumi:dev::shop::my:index:Component$${accountType}::a::b` });
        const got = readStackExport(write(exportOf(provider, named)));
        assert.deepStrictEqual(got.map((r) => [r.type, r.name]), [[accountType, "a::b"]]);
        assert.deepStrictEqual(got[0].props, { accountName: "st", enableHttpsTrafficOnly: true });
    });

    describe("inputs and outputs that are not objects", () => {
        for (const [what, value] of [["a string", secretish], ["an array", [secretish]], ["a number", 42],
            ["a boolean", true], ["a secret value", { [sigKey]: sig.secret, plaintext: JSON.stringify(secretish) }]] as const) {
            it(`${what}`, () => {
                refused(exportOf(account({ inputs: value })), new RegExp(
                    `deployment\\.resources\\[1\\] \\("${accountUrn.replace(/[$.]/g, "\\$&")}"\\): its inputs is ${what}, not an object of properties$`));
                refused(exportOf(account({ outputs: value })), new RegExp(`\\[1\\] .*: its outputs is ${what}, not an object`));
            });
        }
        it("null or absent is no properties, as Pulumi reads it", () => {
            const [r] = readStackExport(write(exportOf(account({ inputs: null, outputs: null }))));
            assert.deepStrictEqual([r.props, r.outputs], [{}, undefined]);
        });
        it("a resource that is not an object, or lacks a type or URN", () => {
            refused(exportOf(secretish), /: deployment\.resources\[1\] is a string, not a resource$/);
            refused(exportOf(account({ type: undefined })), /: deployment\.resources\[1\] \(".*::storage"\) has no type$/);
            refused(exportOf(account({ urn: 7 })), /: deployment\.resources\[1\] \(type "azure-native:storage:StorageAccount"\) has no urn$/);
        });
        it("a parent, dependencies or propertyDependencies that are not URNs", () => {
            refused(exportOf(account({ parent: 3 })), /\[1\] .*: its parent is a number, not a URN$/);
            refused(exportOf(account({ dependencies: secretish })), /\[1\] .*: its dependencies are not a list of URNs$/);
            refused(exportOf(account({ propertyDependencies: { accountName: secretish } })),
                /\[1\] .*: its propertyDependencies are not an object of lists of URNs$/);
        });
    });

    describe("URNs", () => {
        for (const [why, urn] of [
            ["not a Pulumi URN", "arn:aws:s3:::bucket"],
            ["no name", `urn:pulumi:dev::shop::${accountType}`],
            ["an empty name", `urn:pulumi:dev::shop::${accountType}::`],
            ["a stack that is no Pulumi name", `urn:pulumi:my stack::shop::${accountType}::storage`],
            ["an empty project", `urn:pulumi:dev::::${accountType}::storage`],
            ["an empty parent type", `urn:pulumi:dev::shop::$${accountType}::storage`],
        ] as const) {
            it(`refuses one with ${why}`, () => refused(exportOf(account({ urn })),
                /: deployment\.resources\[1\] \(".*"\): its URN is not of the form urn:pulumi:<stack>::<project>::<type>::<name>$/));
        }

        it("cuts a long URN short and keeps the message on one line", () => {
            const file = write(exportOf(account({ urn: `bad\n${"x".repeat(5000)}` })));
            assert.throws(() => readStackExport(file), (e: Error) => !e.message.includes("\n") && e.message.length < 500);
        });

        it("refuses a type that is not the one its URN names, the parent's type not counting", () => {
            refused(exportOf(account({ type: "azure-native:web:WebApp" })),
                /\[1\] .*: its type "azure-native:web:WebApp" is not the type its URN names \("azure-native:storage:StorageAccount"\)$/);
            refused(exportOf(account({ urn: `urn:pulumi:dev::shop::${accountType}$my:index:Thing::storage` })),
                /its type "azure-native:storage:StorageAccount" is not the type its URN names \("my:index:Thing"\)/);
            refused(exportOf(account({ type: "azure-native:storage/v20230101:StorageAccount" })), /is not the type its URN names/);
        });

        it("refuses two resources with one URN, unless all but one are pending deletion", () => {
            refused(exportOf(account(), account()),
                /: deployment\.resources\[2\] \(".*::storage"\): deployment\.resources\[1\] has the same URN; only resources pending deletion \("delete": true\) may share a URN with another$/);
            refused(exportOf(account({ type: "pulumi:pulumi:Stack", urn: stackUrn })), /resources\[1\] .*resources\[0\] has the same URN/);
            // A replacement in progress (create before delete): the old resource waits for deletion; the engine
            // analyzes only the new one.
            const old = account({ delete: true, inputs: { accountName: "st", enableHttpsTrafficOnly: false } });
            const got = readStackExport(write(exportOf(old, account(), { ...old })));
            assert.deepStrictEqual(got.map((r) => r.props.enableHttpsTrafficOnly), [true]);
        });
    });

    describe(`nesting: at most ${maxNestingDepth} levels, the properties object being the first`, () => {
        it("reads the deepest it allows", () => {
            const [r] = readStackExport(write(exportOf(account({ inputs: { deep: nested(maxNestingDepth - 1) } }))));
            let v: any = r.props.deep;
            for (let i = 0; i < maxNestingDepth - 1; i++) {
                v = v.a;
            }
            assert.strictEqual(v, secretish);
        });

        it("refuses one level more, in inputs or outputs, naming the top-level property only", () => {
            refused(exportOf(account({ inputs: { accountName: "st", deep: nested(maxNestingDepth) } })),
                new RegExp(`\\[1\\] \\(".*::storage"\\): its inputs\\.deep nests objects and arrays more than ${maxNestingDepth} levels deep \\(counting inputs itself\\), more than this tool reads$`));
            refused(exportOf(account({ outputs: { tags: [nested(maxNestingDepth - 1)] } })), /its outputs\.tags nests objects and arrays more than/);
        });

        it("measures any depth without overflowing, and never opens what is too deep", () => {
            // JSON.parse reads this; a recursive walk would not.
            const text = JSON.stringify(exportOf(account())).replace('"enableHttpsTrafficOnly":true',
                `"deep":${"[".repeat(200_000)}${"]".repeat(200_000)}`);
            const file = path.join(dir, "very-deep.json");
            fs.writeFileSync(file, text);
            assert.throws(() => readStackExport(file), /its inputs\.deep nests objects and arrays more than/);
        });

        it("counts a decrypted secret's value one level below the secret, as the engine sends it", () => {
            const plain = (levels: number) => ({ [sigKey]: sig.secret, plaintext: JSON.stringify(nested(levels)) });
            const [r] = readStackExport(write(exportOf(account({ inputs: { s: { t: plain(maxNestingDepth - 3) } } }))));
            assert.strictEqual((r.props.s as any).t[sigKey], sig.secret);
            assert.strictEqual(typeof (r.props.s as any).t.value.a, "object");
            refused(exportOf(account({ inputs: { s: { t: plain(maxNestingDepth - 2) } } })), /its inputs\.s nests objects and arrays more than/);
            refused(exportOf(account({ inputs: { s: { [sigKey]: sig.secret, plaintext: `${"[".repeat(100_000)}${"]".repeat(100_000)}` } } })),
                /its inputs\.s nests/);
        });

        it("does not measure what is never analyzed (the stack's outputs)", () => {
            const doc = exportOf(account()) as any;
            doc.deployment.resources[0].outputs = { deep: nested(maxNestingDepth + 10) };
            assert.strictEqual(readStackExport(write(doc)).length, 1);
        });
    });

    describe("properties: inputs or outputs", () => {
        const drifted = account({ outputs: { id: "/subscriptions/0/.../st", name: "st", enableHttpsTrafficOnly: false,
            secretKey: { [sigKey]: sig.secret, ciphertext: "AAAA" } } });

        it("inputs (the default): checks get the inputs, stack policies the outputs", () => {
            const [r] = readStackExport(write(exportOf(drifted)));
            assert.deepStrictEqual(r.props, { accountName: "st", enableHttpsTrafficOnly: true });
            // An encrypted secret: a secret still, of unknown value.
            assert.deepStrictEqual(r.outputs, { id: "/subscriptions/0/.../st", name: "st", enableHttpsTrafficOnly: false,
                secretKey: { [sigKey]: sig.secret, value: unknownValue } });
            assert.deepStrictEqual(readStackExport(write(exportOf(drifted)), { properties: "inputs" }), [r]);
        });

        it("outputs: every check gets the outputs", () => {
            const warnings: string[] = [];
            const [r] = readStackExport(write(exportOf(drifted)), { properties: "outputs", onWarning: (w) => warnings.push(w) });
            assert.deepStrictEqual(r.props, r.outputs);
            assert.strictEqual(r.props.enableHttpsTrafficOnly, false);
            assert.deepStrictEqual(warnings, []);
        });

        it("outputs: a resource with none recorded is evaluated on its inputs, and one warning names them all", () => {
            const warnings: string[] = [];
            const file = write(exportOf(drifted, ...["a", "b", "c", "d", "e", "f"].map((name) =>
                account({ urn: accountUrn.replace(/storage$/, name), outputs: {} })),
            { urn: "urn:pulumi:dev::shop::my:index:Component::empty", custom: false, type: "my:index:Component", inputs: {} }));
            const got = readStackExport(file, { properties: "outputs", onWarning: (w) => warnings.push(w) });
            assert.deepStrictEqual(got.map((r) => r.props.enableHttpsTrafficOnly), [false, true, true, true, true, true, true, undefined]);
            assert.deepStrictEqual(warnings, [`${file} records no outputs for 6 resource(s) (not deployed, or written by hand): ` +
                "they are evaluated on their inputs instead: a, b, c, d, e and 1 more"]);
        });
    });
});
