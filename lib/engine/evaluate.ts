/**
 * Runs the pack over a set of resources in-process, through @pulumi/policy's own Analyze and AnalyzeStack
 * handlers fed protobuf requests shaped as the engine sends them. Used by `azure-srm scan` and by the tests.
 */
import type { Policies } from "@pulumi/policy";
import { addResult, analyzeRequest, resultOf, stackResource } from "./harness";
import { packName } from "./pack";

/* eslint-disable @typescript-eslint/no-require-imports */
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const { unknownStringValue } = require("@pulumi/policy/proxy");
/* eslint-enable @typescript-eslint/no-require-imports */

/** A resource as the engine describes it to an analyzer. */
export interface EngineResource {
    urn: string;
    type: string;
    name: string;
    /** Inputs; the engine's unknown sentinel (or `unknownValue`) marks values not known at preview. */
    props: Record<string, unknown>;
    /**
     * Outputs, where known (a stack export of a deployed stack): AnalyzeStack gets these instead of the inputs,
     * as the engine sends stack policies each resource's outputs.
     */
    outputs?: Record<string, unknown>;
    parent?: string;
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
    /** The resource's provider (e.g. `pulumi:providers:azure-native`), sent by lib/harness.ts as the engine does. */
    provider?: EngineProviderResource;
}

/** Same shape as lib/program.ts's ProgramProvider. */
export interface EngineProviderResource {
    urn: string;
    type: string;
    name: string;
    properties: Record<string, unknown>;
}

export interface Finding {
    policy: string;
    urn: string;
    enforcementLevel: string;
    severity: string;
    message: string;
}

export interface Evaluation {
    findings: Finding[];
    /** Per resource URN (or "stack"): policy -> reason it did not apply or could not decide. */
    notApplicable: Map<string, Map<string, string>>;
}

export const unknownValue = unknownStringValue as string;

function call(fn: Function, request: unknown): Promise<any> {
    return new Promise((resolve, reject) =>
        fn({ request }, (err: Error | undefined, resp: unknown) => (err ? reject(err) : resolve(resp))));
}

export async function evaluate(policies: Policies, resources: EngineResource[]): Promise<Evaluation> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { makeAnalyzeRpcFun, makeAnalyzeStackRpcFun } = require("@pulumi/policy/server");
    const version = "0.0.0";
    const analyzeOne = makeAnalyzeRpcFun(packName, version, "advisory", policies);
    const analyzeStack = makeAnalyzeStackRpcFun(packName, version, "advisory", policies);
    const out: Evaluation = { findings: [], notApplicable: new Map() };
    const stackReq = new pb.AnalyzeStackRequest();
    const all = [];
    for (const r of resources) {
        addResult(out, resultOf(await call(analyzeOne, analyzeRequest(r)), r.urn), r.urn);
        all.push(stackResource(r));
    }
    stackReq.setResourcesList(all);
    addResult(out, resultOf(await call(analyzeStack, stackReq), ""), "stack");
    return out;
}
