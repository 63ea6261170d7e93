/**
 * Requests @pulumi/policy cannot decode (lib/engine/decode-guard.ts): an empty StringAsset, a resource reference,
 * an unknown signature. First the @pulumi/policy internals the guard relies on, checked against the installed
 * package so that an upgrade that changes them fails here; then the guard itself; then the pack as an analyzer
 * plugin (a real pack process over gRPC, as `pulumi preview` runs it) and `azure-srm scan`.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import type { Policies } from "@pulumi/policy";
import { StorageAccount } from "@pulumi/azure-native/storage";
import { runCli } from "../../lib/cli/cli";
import { packName, packRoot } from "../../lib/core/paths";
import type { EngineResource, Finding } from "../../lib/core/types";
import { secret, sig, sigKey, unknownValue } from "../../lib/core/wire";
import { analyzeRequest, analyzeStackRequest } from "../../lib/engine/codec";
import {
    decodablePolicyName, decodablePropertiesPolicy, decoderBehaves, guardRemediateRequest, guardResource, installDecodeGuard, pathText,
    policyDecoder, ProtoResource, remediationRepaired,
} from "../../lib/engine/decode-guard";
import { packPolicies } from "../../lib/engine/pack";
import { PolicyPackHarness } from "../../lib/engine/session";
import { tokenOf } from "../tester";

/* eslint-disable @typescript-eslint/no-require-imports */
const rpc = require("@pulumi/pulumi/runtime/rpc");
const { makeAnalyzeRpcFun, makeAnalyzeStackRpcFun, makeRemediateRpcFun } = require("@pulumi/policy/server");
/* eslint-enable @typescript-eslint/no-require-imports */

const account = tokenOf(StorageAccount);
const emptyStringAsset = { [sigKey]: rpc.specialAssetSig, hash: "e3b0c442", text: "" };
const resourceReference = { [sigKey]: sig.resourceReference, urn: "urn:pulumi:dev::app::x:y:Z::other", id: "ID-VALUE-7f3a", packageVersion: "" };
const unknownSignature = { [sigKey]: "0123456789abcdef0123456789abcdef", payload: "PAYLOAD-VALUE-9c2e" };
const cases: [string, unknown, RegExp][] = [
    ["an empty StringAsset", emptyStringAsset, /an asset with no path, text or uri/],
    ["a resource reference", resourceReference, /a resource reference/],
    ["an unknown signature", unknownSignature, /a value marked with a signature it does not know/],
];

function res(type: string, name: string, props: Record<string, unknown>, more: Partial<EngineResource> = {}): EngineResource {
    return { type, name, urn: `urn:pulumi:dev::app::${type}::${name}`, props, ...more };
}
/** Fails storage-https-only (mandatory) whatever else it carries. */
const insecureAccount = (more: Record<string, unknown> = {}) => ({ resourceGroupName: "rg", enableHttpsTrafficOnly: false, ...more });

const decode = policyDecoder()!;

type Handler = (call: { request: unknown }, cb: (err: Error | undefined, resp: any) => void) => void;
function call(handler: Handler, request: unknown): Promise<any> {
    return new Promise((resolve, reject) => handler({ request }, (err, resp) => (err ? reject(err) : resolve(resp))));
}
/** @pulumi/policy's own handlers, in this process, serving `policies`. */
function handlers(policies: Policies) {
    return {
        analyze: makeAnalyzeRpcFun(packName, "0.0.0", "advisory", policies) as Handler,
        analyzeStack: makeAnalyzeStackRpcFun(packName, "0.0.0", "advisory", policies) as Handler,
        remediate: makeRemediateRpcFun(packName, "0.0.0", "advisory", policies) as Handler,
    };
}
const probePolicies: Policies = [
    { name: "probe", description: "Sees every resource.", enforcementLevel: "advisory", validateResource: () => undefined },
    { name: "probe-stack", description: "Sees the stack.", enforcementLevel: "advisory", validateStack: () => undefined },
];

describe("decode guard: the @pulumi/policy internals it relies on (a failure here means @pulumi/policy changed)", () => {
    it("deserializeProperties is in @pulumi/policy/deserialize and behaves as in 1.21", () => {
        assert.ok(decode, "@pulumi/policy/deserialize no longer exports deserializeProperties");
        assert.ok(decoderBehaves(decode));
    });

    it("@pulumi/policy registers the AnalyzerService of the @pulumi/pulumi the pack loads (one module, whose decoders are hooked)", () => {
        const fromPolicy = require.resolve("@pulumi/pulumi/proto/analyzer_grpc_pb",
            { paths: [path.dirname(require.resolve("@pulumi/policy/server"))] });
        assert.strictEqual(fromPolicy, require.resolve("@pulumi/pulumi/proto/analyzer_grpc_pb"));
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { AnalyzerService } = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
        for (const method of ["analyze", "analyzeStack", "remediate"]) {
            assert.strictEqual(typeof AnalyzerService[method]?.requestDeserialize, "function", method);
        }
    });

    for (const [label, value] of cases) {
        it(`${label} fails the whole Analyze call, blamed on the first policy it tried`, async () => {
            const h = handlers(probePolicies);
            await assert.rejects(call(h.analyze, analyzeRequest(res(account, "a", { tags: { x: value } }))),
                /^Error: Error validating resource with policy 'probe' from policy pack/);
            await assert.rejects(call(h.analyzeStack, analyzeStackRequest([res(account, "a", { tags: { x: value } })])),
                /^Error: Error validating resource with policy 'probe-stack' from policy pack/);
        });
    }

    it("the guard's verdict is the handlers': a request fails iff the guard repairs it, and once repaired every handler answers", async () => {
        const leaf = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 6 }), fc.constant(unknownValue),
            fc.constantFrom(emptyStringAsset, resourceReference, unknownSignature,
                { [sigKey]: rpc.specialAssetSig, text: "t" }, { [sigKey]: rpc.specialAssetSig, path: "" },
                { [sigKey]: rpc.specialArchiveSig, assets: { a: "not an asset" } }, { [sigKey]: rpc.specialArchiveSig, path: "./d" },
                { [sigKey]: rpc.specialOutputValueSig, value: 1 }, { [sigKey]: sig.secret }, { [sigKey]: 7 }, { [sigKey]: "" },
                { [sigKey]: { toString: 1 } }, secret(emptyStringAsset), secret("s")));
        const value = fc.letrec<{ v: unknown }>((tie) => ({
            v: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("v"), { maxLength: 3 }),
                fc.dictionary(fc.constantFrom("a", "b", sigKey, "value", "assets"), tie("v"), { maxKeys: 3 })),
        })).v;
        const props = fc.dictionary(fc.constantFrom("tags", "x", "networkRuleSet", "source"), value, { maxKeys: 3 });
        const provider = fc.option(props, { nil: undefined });
        const h = handlers(probePolicies);
        await fc.assert(fc.asyncProperty(props, provider, async (p, pp) => {
            const r = res(account, "a", p, pp ? { provider: { urn: "urn:pulumi:dev::app::pulumi:providers:azure-native::default", type: "pulumi:providers:azure-native", name: "default", properties: pp } } : {});
            const raw = await call(h.analyze, analyzeRequest(r)).then(() => false, () => true);
            const guarded = analyzeRequest(r) as ProtoResource;
            const message = guardResource(guarded, decode);
            assert.strictEqual(raw, message !== undefined, `the handler ${raw ? "failed" : "answered"}; the guard ${message ?? "let it pass"}`);
            await call(h.analyze, guarded);
            await call(h.remediate, guarded);
            const stack = analyzeStackRequest([r]) as { getResourcesList(): ProtoResource[] };
            stack.getResourcesList().forEach((x) => guardResource(x, decode));
            await call(h.analyzeStack, stack);
        }), { seed: 9, numRuns: 300 });
    });

    it("@pulumi/policy runs a policy that has both validateResource and validateStack in Analyze and in AnalyzeStack", async () => {
        const seen: string[] = [];
        const h = handlers([{
            name: "both", description: "Both.", enforcementLevel: "advisory",
            validateResource: () => { seen.push("resource"); },
            validateStack: () => { seen.push("stack"); },
        } as Policies[number]]);
        await call(h.analyze, analyzeRequest(res(account, "a", {})));
        await call(h.analyzeStack, analyzeStackRequest([res(account, "a", {})]));
        assert.deepStrictEqual(seen, ["resource", "stack"]);
    });

    it("a decoder that lets everything through, or refuses everything, is not taken for @pulumi/policy's", () => {
        assert.strictEqual(decoderBehaves(() => ({})), false);
        assert.strictEqual(decoderBehaves(() => { throw new Error("no"); }), false);
    });

    it("installed (twice, as a re-run entry point would), the gRPC decoders of Analyze, AnalyzeStack and Remediate guard once", () => {
        assert.ok(installDecodeGuard() && installDecodeGuard());
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { AnalyzerService } = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
        const r = res(account, "hooked", { tags: { x: emptyStringAsset } });
        const bytes = (req: unknown) => Buffer.from((req as { serializeBinary(): Uint8Array }).serializeBinary());
        for (const method of ["analyze", "remediate"]) {
            const req = AnalyzerService[method].requestDeserialize(bytes(analyzeRequest(r)));
            assert.deepStrictEqual(req.getProperties().toJavaScript(), { tags: { x: unknownValue } }, method);
        }
        const stack = AnalyzerService.analyzeStack.requestDeserialize(bytes(analyzeStackRequest([r])));
        assert.deepStrictEqual(stack.getResourcesList()[0].getProperties().toJavaScript(), { tags: { x: unknownValue } });
        // What the decoding left for pack-decodable-properties to report, reported, so no other test of this process sees it.
        const reported: string[] = [];
        (decodablePropertiesPolicy.validateStack as Function)({}, (_m: string, urn: string) => reported.push(urn));
        assert.deepStrictEqual(reported, [r.urn]);
    });

    it("a Remediate request the guard repaired is not remediated, so the sentinel never goes back in place of a value", () => {
        const props = { allowBlobPublicAccess: true, tags: { x: emptyStringAsset } };
        const r = res(account, "repaired", props);
        guardRemediateRequest(analyzeRequest(r) as ProtoResource, decode);
        assert.ok(remediationRepaired(r.urn));
        const policy = packPolicies().find((p) => p.name === "storage-blob-public-access-disabled") as { remediateResource: Function };
        const args = (p: Record<string, unknown>) => ({
            type: account, urn: r.urn, name: r.name, props: p, getConfig: () => ({}),
            notApplicable: (reason: string) => { throw new Error(reason); },
        });
        assert.strictEqual(policy.remediateResource(args({ allowBlobPublicAccess: true, tags: { x: unknownValue } })), undefined);
        // The same resource decodable again: remediated as any other.
        guardRemediateRequest(analyzeRequest(res(account, "repaired", { allowBlobPublicAccess: true })) as ProtoResource, decode);
        assert.ok(!remediationRepaired(r.urn));
        assert.deepStrictEqual(policy.remediateResource(args({ allowBlobPublicAccess: true })), { allowBlobPublicAccess: false });
    });
});

describe("decode guard: what it repairs and what it says", () => {
    const guarded = (props: Record<string, unknown>, more: Partial<EngineResource> = {}) => {
        const req = analyzeRequest(res(account, "acct", props, more)) as ProtoResource;
        const message = guardResource(req, decode);
        return { message, props: req.getProperties()!.toJavaScript(), provider: req.getProvider()?.getProperties()?.toJavaScript() };
    };

    it("leaves decodable properties alone: the same Struct, no message", () => {
        const req = analyzeRequest(res(account, "acct", insecureAccount({ tags: { a: secret("x") }, k: unknownValue }))) as ProtoResource;
        const before = req.getProperties();
        assert.strictEqual(guardResource(req, decode), undefined);
        assert.strictEqual(req.getProperties(), before);
    });

    for (const [label, value, kind] of cases) {
        it(`${label}: replaced by the unknown sentinel; the message names the resource, the path and the kind, not the value`, () => {
            const { message, props } = guarded(insecureAccount({ tags: { owner: "me", x: value } }));
            assert.deepStrictEqual(props, insecureAccount({ tags: { owner: "me", x: unknownValue } }));
            assert.match(message!, /^@pulumi\/policy [\d.]+ cannot decode a value of azure-native:storage:StorageAccount "acct": tags\.x, /);
            assert.match(message!, kind);
            assert.match(message!, /The pack's policies ran with that value unknown, so a check that needs it could not decide\.$/);
            assert.doesNotMatch(message!, /ID-VALUE|PAYLOAD-VALUE|urn:pulumi:dev::app::x:y:Z|e3b0c442/);
        });
    }

    it("a secret holding an undecodable value: the value inside is replaced, the secret kept; paths in arrays and odd keys", () => {
        const { message, props } = guarded({ list: [1, secret(emptyStringAsset)], "odd key": { [sigKey]: 5 } });
        assert.deepStrictEqual(props, { list: [1, secret(unknownValue)], "odd key": unknownValue });
        assert.match(message!, /cannot decode 2 values of .*: list\[1\], an asset .*\); \["odd key"\], a value marked with a signature/);
        assert.match(message!, /ran with those values unknown, so a check that needs one could not decide/);
    });

    it("an archive goes whole (it may hold only assets and archives), whether it holds a string or an empty asset", () => {
        const good = { [sigKey]: rpc.specialAssetSig, text: "t" };
        const { props, message } = guarded({
            a: { [sigKey]: rpc.specialArchiveSig, assets: { s: "not an asset" } },
            b: { [sigKey]: rpc.specialArchiveSig, assets: { ok: good, bad: emptyStringAsset } },
            c: { [sigKey]: rpc.specialArchiveSig, assets: { ok: good } },
        });
        assert.deepStrictEqual([props.a, props.b, (props.c as any).assets.ok], [unknownValue, unknownValue, good]);
        assert.match(message!, /cannot decode 2 values of .*: a, b, each an archive with no assets, path or uri, or holding something/);
    });

    it("the provider's properties, named as the provider's; many values listed up to five", () => {
        const many = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`k${i}`, resourceReference]));
        const { message, provider } = guarded({}, { provider: { urn: "urn:pulumi:dev::app::pulumi:providers:azure-native::prov",
            type: "pulumi:providers:azure-native", name: "prov", properties: many } });
        assert.deepStrictEqual(provider, Object.fromEntries(Object.keys(many).map((k) => [k, unknownValue])));
        assert.match(message!, /cannot decode 7 values of .*"acct": in the properties of its provider pulumi:providers:azure-native "prov": k0, k1, k2, k3, k4 and 2 more, each a resource reference \(the Pulumi CLI sends the resource's id instead; a stack export keeps the reference\)\. The pack's/);
    });

    it("a huge or unprintable key or name is clipped and escaped", () => {
        const key = "k".repeat(5000);
        const req = analyzeRequest(res(account, `n\u001b[31m${"x".repeat(500)}`, { [key]: unknownSignature })) as ProtoResource;
        const message = guardResource(req, decode)!;
        assert.ok(message.length < 700, `${message.length} characters`);
        assert.ok(!message.includes("\u001b"), "an escape character reached the message");
        assert.strictEqual(pathText([key]).length, 100);
    });

    it("the entry that reports is served, after pack-settings, with a level an admin can set", () => {
        const served = packPolicies();
        assert.deepStrictEqual(served.slice(0, 2).map((p) => p.name), ["pack-settings", decodablePolicyName]);
        assert.deepStrictEqual([decodablePropertiesPolicy.enforcementLevel, decodablePropertiesPolicy.severity], ["advisory", "medium"]);
    });
});

describe("decode guard: the pack as an analyzer plugin", function () {
    let h: PolicyPackHarness;
    before(async () => {
        h = await PolicyPackHarness.start({ packDir: packRoot });
    });
    after(async () => h?.close());

    const decodeFindings = (findings: Finding[]) => findings.filter((f) => f.policy === decodablePolicyName);

    for (const [label, value, kind] of cases) {
        it(`Analyze, ${label}: one diagnostic naming the resource; the other policies still report on it`, async () => {
            const r = res(account, `analyze-${label.split(" ").pop()}`, insecureAccount({ tags: { x: value } }));
            const { findings } = await h.analyze(r);
            const [d, ...more] = decodeFindings(findings);
            assert.deepStrictEqual(more, []);
            assert.deepStrictEqual([d.urn, d.enforcementLevel, d.severity], [r.urn, "advisory", "medium"]);
            assert.match(d.message, new RegExp(`cannot decode a value of ${account} "${r.name}": tags\\.x, `));
            assert.match(d.message, kind);
            assert.ok(findings.some((f) => f.policy === "storage-https-only"), JSON.stringify(findings));
        });
    }

    it("AnalyzeStack: the resource named once, at its URN; the stack policies still report on the others", async () => {
        const good = res(account, "stack-good", insecureAccount());
        const bad = res(account, "stack-bad", insecureAccount({ networkRuleSet: resourceReference }));
        const { findings } = await h.analyzeStack([good, bad]);
        assert.deepStrictEqual(decodeFindings(findings).map((f) => f.urn), [bad.urn]);
        assert.ok(findings.some((f) => f.policy === "diagnostic-settings-required" && f.urn === good.urn), JSON.stringify(findings));
    });

    it("Analyze then AnalyzeStack on the same resource: one diagnostic in the run, from Analyze; the next run reports it again", async () => {
        const r = res(account, "run", insecureAccount({ tags: { x: emptyStringAsset } }));
        const first = await h.evaluateAll([r]);
        assert.strictEqual(decodeFindings(first.findings).length, 1);
        const second = await h.evaluateAll([r]);
        assert.strictEqual(decodeFindings(second.findings).length, 1);
        assert.strictEqual(decodeFindings((await h.analyzeStack([r])).findings).length, 1, "a stack alone reports it");
    });

    it("Remediate answers (it never did: @pulumi/policy decodes outside its error handling, and the CLI calls Remediate first)", async () => {
        const r = res(account, "remediate", insecureAccount({ tags: { x: emptyStringAsset } }));
        const answer = await Promise.race([h.remediate(r), new Promise((resolve) => setTimeout(() => resolve("no answer in 5 s"), 5000))]);
        assert.deepStrictEqual(answer, { remediations: [], notApplicable: [] });
    });

    it("the provider's properties: named as the provider's", async () => {
        const r = res(account, "with-provider", insecureAccount(), { provider: {
            urn: "urn:pulumi:dev::app::pulumi:providers:azure-native::prov", type: "pulumi:providers:azure-native", name: "prov",
            properties: { subscriptionId: unknownSignature },
        } });
        const [d] = decodeFindings((await h.analyze(r)).findings);
        assert.match(d?.message ?? "", /in the properties of its provider pulumi:providers:azure-native "prov": subscriptionId, /);
    });

    it("a resource of a type no policy examines is repaired and not reported", async () => {
        const r = res("azure-native:pack:NotInTheCatalog", "uncatalogued", { x: emptyStringAsset });
        assert.deepStrictEqual(decodeFindings((await h.analyze(r)).findings), []);
        assert.deepStrictEqual(decodeFindings((await h.analyzeStack([r])).findings), []);
    });

    it("pack-settings' threshold leaves it alone; set to mandatory it is mandatory; disabled, the resource is still checked", async () => {
        const r = (name: string) => res(account, name, insecureAccount({ tags: { x: unknownSignature } }));
        for (const [level, expected] of [["mandatory", ["mandatory"]], ["disabled", []]] as const) {
            const configured = await PolicyPackHarness.start({ packDir: packRoot,
                config: { [decodablePolicyName]: level, "pack-settings": { severityThreshold: "critical" } } });
            try {
                const { findings } = await configured.analyze(r(`configured-${level}`));
                assert.deepStrictEqual(decodeFindings(findings).map((f) => f.enforcementLevel), expected);
                assert.ok(findings.some((f) => f.policy === "storage-https-only"), JSON.stringify(findings));
            } finally {
                await configured.close();
            }
        }
    });
});

describe("decode guard: azure-srm scan of a stack export", function () {
    let dir: string;
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "decode-guard-"));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("exits 1 (the example's mandatory findings), not 3; the JSON report names the resource; the other findings stay", async () => {
        const doc = JSON.parse(fs.readFileSync(path.join(packRoot, "examples", "stack-exports", "insecure.json"), "utf8"));
        const storage = doc.deployment.resources.find((r: { type: string }) => r.type === account);
        storage.inputs.tags = { ...storage.inputs.tags, x: emptyStringAsset, y: resourceReference };
        const file = path.join(dir, "export.json");
        fs.writeFileSync(file, JSON.stringify(doc));
        let out = "";
        let err = "";
        const code = await runCli(["scan", file, "--format", "json"], { out: (s) => { out += s; }, err: (s) => { err += s; } });
        assert.strictEqual(code, 1, err);
        const findings = JSON.parse(out).findings as { policy: string; urn: string; message: string }[];
        assert.deepStrictEqual(findings.filter((f) => f.policy === decodablePolicyName).map((f) => f.urn), [storage.urn]);
        assert.ok(findings.filter((f) => f.policy !== decodablePolicyName).length >= 40, `${findings.length} findings`);
    });

    it("every format shows the diagnostic: text in its own group, SARIF under its own rule, JUnit in its own suite", async () => {
        const doc = JSON.parse(fs.readFileSync(path.join(packRoot, "examples", "stack-exports", "secure.json"), "utf8"));
        const storage = doc.deployment.resources.find((r: { type: string }) => r.type === account);
        storage.inputs.tags = { ...storage.inputs.tags, x: emptyStringAsset };
        const file = path.join(dir, "secure-export.json");
        fs.writeFileSync(file, JSON.stringify(doc));
        const scanAs = async (format: string) => {
            let out = "";
            const code = await runCli(["scan", file, "--format", format], { out: (s) => { out += s; }, err: () => undefined });
            assert.strictEqual(code, 0, `${format}: an advisory diagnostic does not block`);
            return out;
        };
        const text = await scanAs("text");
        assert.match(text, /^Input the pack could not read \(1\)\n {2}ADVISORY medium {2}pack-decodable-properties {2}/m);
        assert.match(text, /fix: Give a StringAsset some text/);
        const run = JSON.parse(await scanAs("sarif")).runs[0];
        const [result] = run.results.filter((r: any) => r.ruleId === decodablePolicyName);
        assert.strictEqual(run.tool.driver.rules[result.ruleIndex].id, decodablePolicyName);
        assert.match(await scanAs("junit"), /<testsuite name="pack" tests="1" failures="0">/);
    });
});
