/**
 * Runs the pack over a set of resources in-process, through @pulumi/policy's own Analyze and AnalyzeStack
 * handlers fed protobuf requests shaped as the engine sends them. Used by the tests, where starting the pack as a
 * process would only cost time; `azure-srm scan` starts it as the CLI does (lib/engine/session.ts). Requests here
 * skip gRPC decoding, so the decode guard (lib/engine/decode-guard.ts) does not run: decode cases go through the harness.
 */
import type { Policies } from "@pulumi/policy";
import { packName } from "../core/paths";
import type { EngineResource, Evaluation } from "../core/types";
import { addResult, analyzeRequest, analyzeStackRequest, ProtoAnalyzeResponse, resultOf } from "./codec";
import { installSecretRecorder } from "./decode-guard";
import { dispatcher, invoke, registryScope } from "./dispatch";

export async function evaluate(policies: Policies, resources: EngineResource[]): Promise<Evaluation> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { makeAnalyzeRpcFun, makeAnalyzeStackRpcFun } = require("@pulumi/policy/server");
    // The handlers' decoder, made to record secrets as in the pack process (the kit's isSecret).
    installSecretRecorder();
    const version = "0.0.0";
    // As the pack process answers (lib/engine/dispatch.ts): each resource through the policies of its type.
    const d = dispatcher({ name: packName, version, enforcementLevel: "advisory" }, policies, registryScope());
    const analyzeOne = d?.analyze ?? makeAnalyzeRpcFun(packName, version, "advisory", policies);
    const analyzeStack = d?.analyzeStack ?? makeAnalyzeStackRpcFun(packName, version, "advisory", policies);
    const out: Evaluation = { findings: [], notApplicable: new Map() };
    for (const r of resources) {
        addResult(out, resultOf(await invoke<ProtoAnalyzeResponse>(analyzeOne, analyzeRequest(r)), r.urn), r.urn);
    }
    addResult(out, resultOf(await invoke<ProtoAnalyzeResponse>(analyzeStack, analyzeStackRequest(resources)), ""), "stack");
    return out;
}
