/**
 * Per-type dispatch. @pulumi/policy 1.21 answers Analyze by calling every policy of the pack on every resource,
 * decoding the resource's properties once per policy, and AnalyzeStack by calling every stack policy, decoding the
 * whole stack once per policy. With 230 policies, nearly all of those calls end at once: the kit's first step is
 * to look the type up and return when the policy has no handler for it (lib/kit/policy.ts). The cost grows with the
 * number of policies, not with what a resource needs.
 *
 * The dispatcher answers each call with @pulumi/policy's own handler (`makeAnalyzeRpcFun`, `makeAnalyzeStackRpcFun`)
 * made for the policies that can apply: those whose types include the resource's catalog type (every token of it:
 * versioned, 2.x alias), those a stack's types reach, and the pack's own entries, which apply to every type. One
 * handler per catalog type (or per set of stack policies), made on first use. The policies left out are the ones
 * that would have returned without a word, so the response is the same as the full loop's: the same diagnostics and
 * not-applicable notes in the same order, and Pulumi Cloud sees each policy applicable or not exactly as before (a
 * policy that returns silently is "applicable, passed" there; it still is, as no note is added or removed).
 * tests/engine/dispatch.test.ts holds the two answers equal over the example stacks.
 *
 * A stack is built once: @pulumi/policy builds every stack policy its own list of the stack's resources (proxies,
 * options, parents, dependencies). The dispatcher has its handler build the list once, for an internal policy that
 * only keeps it, then runs the kit's stack policies on an empty request while the kit reads the kept list, indexed by
 * type (lib/kit/shared-stack.ts). The pack's own entries still get the request as it came.
 *
 * Decoding once: the pack's property decoder (installed with the secret recorder, lib/engine/decode-guard.ts)
 * keeps the decoded value of each protobuf Struct, so the handlers' per-policy decoding of the same request is done
 * once. Checks only read what they are given (a kit check never writes to its props).
 *
 * How it is installed, and what it relies on (checked by tests/engine/dispatch.test.ts, which fails when an upgrade
 * of @pulumi/policy changes it): `PolicyPack`'s constructor calls `serve` through the module's exports; `serve`
 * registers the AnalyzerService of @pulumi/pulumi on a `@grpc/grpc-js` Server with `addService`; server.js exports
 * `makeAnalyzeRpcFun` and `makeAnalyzeStackRpcFun`. `installDispatch` wraps `serve`, and for the duration of that
 * call `Server.prototype.addService`, and puts the dispatcher in place of the two handlers. If any of that is not
 * where 1.21 has it, nothing is replaced, the entry point says so on stderr, and @pulumi/policy's loop answers as
 * before (slower, same findings). The clean fix belongs upstream: docs/proposals/policy-dispatch.md.
 *
 * Exemptions: every answer passes through the pack's exemptions (pack-settings `exemptions` and, where allowed,
 * in-code exemption tags; lib/engine/pack-exemptions.ts) after @pulumi/policy's handler made it.
 */
import * as path from "path";
import type { Policies, PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { lookupType, ResourceType } from "../kit/model";
import { SharedStack, withSharedStack } from "../kit/shared-stack";
import { registry } from "../kit/registry";
import { exemptAnalyze, exemptStack } from "./pack-exemptions";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Call = { request: any };
type Callback = (err: unknown, response?: unknown) => void;
export type RpcHandler = (call: Call, callback: Callback) => unknown;
interface ProtoResponse {
    getDiagnosticsList(): { getPolicyname(): string }[];
    getNotApplicableList(): { getPolicyName(): string }[];
}
type MakeHandler = (packName: string, packVersion: string, packLevel: string, policies: Policies) => RpcHandler;

/** Calls a handler as gRPC does, with `request`; its response, or its error. */
export function invoke<R = ProtoResponse>(handler: RpcHandler, request: unknown): Promise<R> {
    return new Promise((resolve, reject) => handler({ request },
        (err, response) => (err ? reject(err) : resolve(response as R))));
}

/** A policy's catalog types, or undefined for an entry that applies to every type (the pack's own). */
export type PolicyScope = (policyName: string) => readonly ResourceType[] | undefined;

/** The pack's identity as `serve` was given it, which every handler's diagnostics carry. */
export interface PackIdentity {
    name: string;
    version: string;
    enforcementLevel: string;
}

/* eslint-disable @typescript-eslint/no-require-imports */
const pb = require("@pulumi/pulumi/proto/analyzer_pb");

function policyServer(): { makeAnalyzeRpcFun?: MakeHandler; makeAnalyzeStackRpcFun?: MakeHandler; serve?: Function } {
    return require("@pulumi/policy/server");
}
/* eslint-enable @typescript-eslint/no-require-imports */

export class Dispatcher {
    private readonly analyzeHandlers = new Map<ResourceType | undefined, RpcHandler>();
    private readonly stackHandlers = new Map<string, RpcHandler>();
    private readonly scopes: (readonly ResourceType[] | undefined)[];

    constructor(private readonly pack: PackIdentity, private readonly policies: Policies, scope: PolicyScope,
        private readonly make: { analyze: MakeHandler; analyzeStack: MakeHandler }) {
        this.scopes = policies.map((p) => scope(p.name));
    }

    /** The policies, in the pack's order, that can apply to a resource of `type` (undefined: not in the catalog). */
    policiesFor(type: ResourceType | undefined): Policies {
        return this.policies.filter((_, i) => this.scopes[i] === undefined || (type !== undefined && this.scopes[i]!.includes(type)));
    }

    /** The stack policies, in the pack's order, that can apply to a stack holding resources of `types`. */
    stackPoliciesFor(types: ReadonlySet<ResourceType>): number[] {
        const out: number[] = [];
        this.policies.forEach((p, i) => {
            const s = this.scopes[i];
            if (typeof (p as { validateStack?: unknown }).validateStack === "function" && (s === undefined || s.some((t) => types.has(t)))) {
                out.push(i);
            }
        });
        return out;
    }

    /** @pulumi/policy's handler made by `make` for `policies`, made once per key. */
    private handlerFor<K>(cache: Map<K, RpcHandler>, key: K, make: MakeHandler, policies: () => Policies): RpcHandler {
        let handler = cache.get(key);
        if (!handler) {
            handler = make(this.pack.name, this.pack.version, this.pack.enforcementLevel, policies());
            cache.set(key, handler);
        }
        return handler;
    }

    readonly analyze: RpcHandler = (call, callback) => {
        const type = lookupType(String(call.request.getType()));
        const handler = this.handlerFor(this.analyzeHandlers, type, this.make.analyze, () => this.policiesFor(type));
        return handler(call, (err, response) => {
            if (!err && response) {
                applyExemptions(() => exemptAnalyze(response as never, call.request));
            }
            callback(err, response);
        });
    };

    /** AnalyzeStack requests are answered one at a time: the kit's stack policies read the one stack shared. */
    private stackQueue: Promise<unknown> = Promise.resolve();

    readonly analyzeStack: RpcHandler = (call, callback) => {
        const answer = this.stackQueue.then(() => this.answerStack(call));
        this.stackQueue = answer.catch(() => undefined);
        answer.then((resp) => callback(undefined, resp), (err) => callback(err));
    };

    private async answerStack(call: Call): Promise<unknown> {
        const types = new Set<ResourceType>();
        const seen = new Set<string>();
        for (const r of call.request.getResourcesList() as { getType(): string }[]) {
            const token = r.getType();
            if (!seen.has(token)) {
                seen.add(token);
                const t = lookupType(token);
                if (t) {
                    types.add(t);
                }
            }
        }
        const chosen = this.stackPoliciesFor(types);
        // The pack's own entries read the request as @pulumi/policy gives it; the kit's stack policies read the stack
        // built once, shared (lib/kit/shared-stack.ts), and are handed an empty request so that no list is built per
        // policy.
        const own = chosen.filter((i) => this.scopes[i] === undefined);
        const kit = chosen.filter((i) => this.scopes[i] !== undefined);
        const responses: ProtoResponse[] = [];
        if (own.length > 0) {
            responses.push(await invoke(this.stackHandler(own), call.request));
        }
        if (kit.length > 0) {
            const stack = new SharedStack(await this.stackResources(call.request));
            responses.push(await withSharedStack(stack, () => invoke(this.stackHandler(kit), new pb.AnalyzeStackRequest())));
        }
        const response = responses.length === 1 ? responses[0] : this.merged(responses);
        applyExemptions(() => exemptStack(response as never, call.request));
        return response;
    }

    private stackHandler(chosen: readonly number[]): RpcHandler {
        return this.handlerFor(this.stackHandlers, chosen.join(","), this.make.analyzeStack, () => chosen.map((i) => this.policies[i]));
    }

    /**
     * The stack's resources exactly as @pulumi/policy gives them to a stack policy (props, options, provider, parent,
     * dependencies), built by its own handler once, for a policy that only keeps them.
     */
    private async stackResources(request: unknown): Promise<readonly PolicyResource[]> {
        this.keeperHandler ??= this.make.analyzeStack(this.pack.name, this.pack.version, this.pack.enforcementLevel, [this.keeper]);
        this.kept = [];
        await invoke(this.keeperHandler, request);
        const resources = this.kept;
        this.kept = [];
        return resources;
    }

    private kept: readonly PolicyResource[] = [];
    private keeperHandler: RpcHandler | undefined;
    /** Not a policy of the pack (GetAnalyzerInfo never lists it): it only keeps what it is given. */
    private readonly keeper: StackValidationPolicy = {
        name: "azure-srm-stack-resources", description: "Keeps the stack's resources for the pack's stack policies.",
        enforcementLevel: "advisory",
        validateStack: (args) => {
            this.kept = args.resources;
        },
    };

    /** One response of several, their diagnostics and not-applicable notes in the pack's policy order. */
    private merged(responses: readonly ProtoResponse[]): ProtoResponse {
        const order = new Map(this.policies.map((p, i) => [p.name, i]));
        const rank = (name: string) => order.get(name) ?? this.policies.length;
        const byPolicy = <T>(xs: T[], name: (x: T) => string) =>
            xs.map((x, i) => ({ x, i })).sort((a, b) => rank(name(a.x)) - rank(name(b.x)) || a.i - b.i).map((e) => e.x);
        const out = new pb.AnalyzeResponse();
        out.setDiagnosticsList(byPolicy(responses.flatMap((r) => r.getDiagnosticsList()), (d) => d.getPolicyname()));
        const notApplicable = byPolicy(responses.flatMap((r) => r.getNotApplicableList()), (n) => n.getPolicyName());
        if (notApplicable.length > 0) {
            out.setNotApplicableList(notApplicable);
        }
        return out;
    }
}

/** The pack's exemptions (lib/engine/pack-exemptions.ts); a bug there must not cost the answer, which goes as it came. */
function applyExemptions(apply: () => void): void {
    try {
        apply();
    } catch (e) {
        process.stderr.write(`azure-srm: applying the pack's exemptions failed (${e instanceof Error ? e.message : typeof e}); ` +
            "the findings go unexempted\n");
    }
}

/** A dispatcher over @pulumi/policy's own handlers; undefined if this version of @pulumi/policy lacks them. */
export function dispatcher(pack: PackIdentity, policies: Policies, scope: PolicyScope): Dispatcher | undefined {
    const { makeAnalyzeRpcFun, makeAnalyzeStackRpcFun } = policyServer();
    if (typeof makeAnalyzeRpcFun !== "function" || typeof makeAnalyzeStackRpcFun !== "function") {
        return undefined;
    }
    return new Dispatcher(pack, policies, scope, { analyze: makeAnalyzeRpcFun, analyzeStack: makeAnalyzeStackRpcFun });
}

let installedFor: string | undefined;

/** Whether the dispatcher answers the served pack's Analyze and AnalyzeStack (set once `serve` registered it). */
export function dispatchInstalled(): boolean {
    return installedFor !== undefined;
}

const originalServe = Symbol("original serve");

/**
 * Wraps @pulumi/policy's `serve` so that the AnalyzerService it registers answers Analyze and AnalyzeStack through
 * a dispatcher over the policies it serves. Call before constructing the PolicyPack. Returns whether the wrapper
 * is in place (whether the service was then registered through it, `dispatchInstalled` tells).
 */
export function installDispatch(scope: PolicyScope): boolean {
    const mod = policyServer() as { serve?: Function & { [originalServe]?: Function } };
    let grpc: { Server?: { prototype: { addService: Function } } };
    let service: unknown;
    try {
        /* eslint-disable @typescript-eslint/no-require-imports */
        const policyDir = path.dirname(require.resolve("@pulumi/policy/server"));
        grpc = require(require.resolve("@grpc/grpc-js", { paths: [policyDir] }));
        service = require(require.resolve("@pulumi/pulumi/proto/analyzer_grpc_pb", { paths: [policyDir] })).AnalyzerService;
        /* eslint-enable @typescript-eslint/no-require-imports */
    } catch {
        return false;
    }
    const serve = mod.serve?.[originalServe] ?? mod.serve;
    if (typeof serve !== "function" || typeof grpc.Server?.prototype.addService !== "function" || !service) {
        return false;
    }
    const proto = grpc.Server.prototype;
    mod.serve = Object.assign(function (this: unknown, name: string, version: string, level: string,
        args: { policies?: Policies }, ...rest: unknown[]) {
        const addService = proto.addService;
        proto.addService = function (this: unknown, svc: unknown, impl: Record<string, RpcHandler>) {
            const d = svc === service && impl?.analyze && impl?.analyzeStack
                ? dispatcher({ name, version, enforcementLevel: level }, args?.policies ?? [], scope) : undefined;
            if (d) {
                installedFor = name;
                impl = { ...impl, analyze: d.analyze, analyzeStack: d.analyzeStack };
            }
            return addService.call(this, svc, impl);
        };
        try {
            return serve.call(this, name, version, level, args, ...rest);
        } finally {
            proto.addService = addService;
        }
    }, { [originalServe]: serve });
    return true;
}

/** The scope of each registered policy: its catalog types; the pack's own entries are in no registry (every type). */
export function registryScope(): PolicyScope {
    const byName = new Map(registry().map((p) => [p.definition.name, p.definition.resources] as const));
    return (name) => byName.get(name);
}
