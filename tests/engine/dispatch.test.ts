/**
 * Per-type dispatch (lib/engine/dispatch.ts): each resource goes only to the policies of its type, each request's
 * properties are decoded once, and the answers are @pulumi/policy's own full loop's, diagnostic for diagnostic and
 * not-applicable note for note. Also checks the hook points in @pulumi/policy that the dispatcher relies on, so an
 * upgrade that moves them fails here rather than making the pack silently slow.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import type { Policies } from "@pulumi/policy";
import { StorageAccount } from "@pulumi/azure-native/storage";
import { packName, packRoot } from "../../lib/core/paths";
import type { EngineResource } from "../../lib/core/types";
import { unknownValue } from "../../lib/core/wire";
import { analyzeRequest, analyzeStackRequest } from "../../lib/engine/codec";
import { installSecretRecorder } from "../../lib/engine/decode-guard";
import { dispatcher, installDispatch, registryScope, RpcHandler } from "../../lib/engine/dispatch";
import { packPolicies } from "../../lib/engine/pack";
import { PolicyPackHarness } from "../../lib/engine/session";
import { lookupType } from "../../lib/kit/model";
import { registry } from "../../lib/kit/registry";
import { readStackExport } from "../../lib/inputs/stack-export";
import { tokenOf, versioned } from "../tester";

/* eslint-disable @typescript-eslint/no-require-imports */
const server = require("@pulumi/policy/server");
const deserializeModule = require("@pulumi/policy/deserialize");
/* eslint-enable @typescript-eslint/no-require-imports */

const exampleDir = path.join(packRoot, "examples", "stack-exports");
const examples = fs.readdirSync(exampleDir).filter((f) => f.endsWith(".json"))
    .map((f) => ({ file: f, resources: readStackExport(path.join(exampleDir, f)) }));

function call(fn: RpcHandler, request: unknown): Promise<unknown> {
    return new Promise((resolve, reject) =>
        fn({ request }, (err, resp) => (err ? reject(err) : resolve((resp as { toObject(): unknown }).toObject()))));
}

describe("per-type dispatch", () => {
    installSecretRecorder();
    const policies: Policies = packPolicies();
    const pack = { name: packName, version: "1.2.3", enforcementLevel: "advisory" };
    const d = dispatcher(pack, policies, registryScope())!;
    const fullAnalyze: RpcHandler = server.makeAnalyzeRpcFun(pack.name, pack.version, pack.enforcementLevel, policies);
    const fullStack: RpcHandler = server.makeAnalyzeStackRpcFun(pack.name, pack.version, pack.enforcementLevel, policies);

    it("is available on this @pulumi/policy: its server exports the handler makers and serve", () => {
        assert.ok(d, "@pulumi/policy/server no longer exports makeAnalyzeRpcFun and makeAnalyzeStackRpcFun");
        assert.strictEqual(typeof server.serve, "function");
    });

    for (const { file, resources } of examples) {
        it(`answers Analyze as the full loop does, for every resource of ${file}, under its token and versioned`, async () => {
            let compared = 0;
            for (const r of resources) {
                for (const type of [r.type, versioned(r.type)]) {
                    const req = { ...r, type };
                    assert.deepStrictEqual(await call(d.analyze, analyzeRequest(req)), await call(fullAnalyze, analyzeRequest(req)),
                        `${type} ${r.name}`);
                    compared++;
                }
            }
            assert.ok(compared >= 20, `only ${compared} requests compared`);
        });

        it(`answers AnalyzeStack as the full loop does for ${file}, and for parts of it`, async () => {
            assert.deepStrictEqual(await call(d.analyzeStack, analyzeStackRequest(resources)),
                await call(fullStack, analyzeStackRequest(resources)));
            await fc.assert(fc.asyncProperty(fc.subarray(resources), async (part) => {
                assert.deepStrictEqual(await call(d.analyzeStack, analyzeStackRequest(part)),
                    await call(fullStack, analyzeStackRequest(part)));
            }), { numRuns: 15, seed: 7 });
        });
    }

    it("answers as the full loop does on values unknown at preview and on types outside the catalog", async () => {
        const account: EngineResource = {
            type: tokenOf(StorageAccount), name: "sa", urn: "urn:pulumi:dev::app::azure-native:storage:StorageAccount::sa",
            props: { resourceGroupName: "rg", location: unknownValue, minimumTlsVersion: unknownValue, enableHttpsTrafficOnly: false },
        };
        const other: EngineResource = { type: "random:index/randomPet:RandomPet", name: "p", urn: "urn:pulumi:dev::app::random:index/randomPet:RandomPet::p", props: {} };
        for (const r of [account, other]) {
            assert.deepStrictEqual(await call(d.analyze, analyzeRequest(r)), await call(fullAnalyze, analyzeRequest(r)), r.type);
        }
        assert.deepStrictEqual(await call(d.analyzeStack, analyzeStackRequest([account, other])),
            await call(fullStack, analyzeStackRequest([account, other])));
    });

    it("asks only the policies whose types include the resource's, plus the pack's own entries", () => {
        const type = lookupType(tokenOf(StorageAccount))!;
        const asked = d.policiesFor(type).map((p) => p.name);
        const own = registry().filter((p) => p.definition.resources.includes(type)).map((p) => p.definition.name);
        const packEntries = policies.map((p) => p.name).filter((n) => !registry().some((r) => r.definition.name === n));
        assert.deepStrictEqual(asked.sort(), [...own, ...packEntries].sort());
        assert.ok(asked.length < policies.length / 4, `${asked.length} of ${policies.length} policies asked about a storage account`);
        assert.deepStrictEqual(d.policiesFor(undefined).map((p) => p.name).sort(), packEntries.sort());
    });

    it("decodes each resource's properties once per request, however many policies read them", async () => {
        const original = deserializeModule.deserializeProperties;
        let decodes = 0;
        const counting = (struct: unknown, proxySecrets: boolean) => {
            decodes++;
            return original(struct, proxySecrets);
        };
        deserializeModule.deserializeProperties = counting; // the recorder wraps what it finds
        try {
            assert.ok(installSecretRecorder());
            const account = examples.flatMap((e) => e.resources).find((r) => r.type === tokenOf(StorageAccount))!;
            assert.ok(d.policiesFor(lookupType(account.type)).length > 5);
            decodes = 0;
            await call(d.analyze, analyzeRequest(account));
            assert.strictEqual(decodes, 1, "Analyze");
            const stack = examples[0].resources;
            decodes = 0;
            await call(d.analyzeStack, analyzeStackRequest(stack));
            // One decoding per resource, and one per provider reference, whatever the number of stack policies.
            const providers = stack.filter((r) => r.provider !== undefined).length;
            assert.ok(decodes <= stack.length + providers, `${decodes} decodings for ${stack.length} resources`);
        } finally {
            deserializeModule.deserializeProperties = original;
            installSecretRecorder();
        }
    });

    it("installs on @pulumi/policy's serve, and the served pack answers through it", async function () {
        this.timeout(60000);
        assert.ok(installDispatch(registryScope()), "serve, @grpc/grpc-js's Server.addService or AnalyzerService is missing");
        assert.ok(installDispatch(registryScope()), "installing twice");
        assert.ok(fs.existsSync(path.join(packRoot, "dist", "index.js")), "dist/index.js is missing: run `npm run build`");
        const h = await PolicyPackHarness.start({ packDir: packRoot });
        try {
            const evaluation = await h.evaluateAll(examples[0].resources);
            assert.ok(evaluation.findings.length > 0);
            assert.ok(!/every policy runs on every resource/.test(h.stderr), h.stderr);
        } finally {
            await h.close();
        }
    });
});
