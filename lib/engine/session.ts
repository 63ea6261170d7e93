/**
 * A session with a running pack, one method per step of the Analyzer protocol, in the order the CLI takes them
 * (see lib/engine/pack-process.ts for how the CLI starts a pack): Handshake, ConfigureStack, GetAnalyzerInfo,
 * Configure (with the config reconciled and validated as the CLI does, lib/engine/policy-config.ts), then
 * Analyze per resource, AnalyzeStack once, Remediate.
 */
import * as fs from "fs";
import * as path from "path";
import { PolicyConfigError } from "../core/errors";
import type { EngineResource, Evaluation } from "../core/types";
import { grpcUnimplemented } from "../core/wire";
import {
    addResult, AnalyzeResult, analyzeRequest, analyzeStackRequest, AnalyzerInfo, configureRequest, handshakeRequest, infoOf,
    ProtoAnalyzeResponse, ProtoAnalyzerInfo, ProtoRemediateResponse, RemediateResult, remediationsOf, resultOf, StackIdentity,
    stackConfigureRequest,
} from "./codec";
import { LogEntry, msSince, RunningPack } from "./pack-process";
import { pulumiPeer } from "./peers";
import {
    ConfigurablePolicy, parsePolicyPackConfig, PolicyConfigEntry, reconcilePolicyPackConfig, ResolvedPolicyConfig,
} from "./policy-config";

/* eslint-disable @typescript-eslint/no-require-imports */
const { Empty } = pulumiPeer("google-protobuf/google/protobuf/empty_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

export interface HarnessOptions {
    /** The pack directory (PulumiPolicy.yaml, package.json, node_modules); it must be built (`npm run build`). */
    packDir: string;
    /** The JSON of `pulumi preview --policy-pack-config` (parsed, or its text). */
    config?: unknown;
    /** Stack tags, sent in ConfigureStack. */
    stackTags?: Record<string, string>;
    /** Defaults: project "project", stack "stack" (@pulumi/pulumi's own defaults), dryRun true (a preview). */
    stack?: StackIdentity;
    /** Time allowed from spawn to the printed port (default 30 s: ts-node entry points compile first). */
    timeoutMs?: number;
    /** Node flags before the runner script, e.g. ["--cpu-prof"] (harness only; the CLI passes none). */
    execArgv?: string[];
    /**
     * The program run-policy-pack loads; default the pack directory (its package.json "main"), as the CLI does.
     * Harness only: to compare entry points, e.g. index.ts under ts-node.
     */
    entryPoint?: string;
    /** Extra environment for the pack process. */
    env?: Record<string, string>;
    /** Also set PULUMI_NODEJS_ENGINE, so @pulumi/pulumi's log calls reach the harness's Engine service. */
    logToEngine?: boolean;
}

/** The stack the pack is told about: @pulumi/pulumi's own defaults for project and stack, and a preview. */
function stackOf(options: HarnessOptions): StackIdentity & { project: string; stack: string; dryRun: boolean } {
    const s = options.stack ?? {};
    return { ...s, project: s.project ?? "project", stack: s.stack ?? "stack", dryRun: s.dryRun ?? true };
}

function unimplementedAsEmpty(e: { code?: number }): undefined {
    if (e.code === grpcUnimplemented) {
        return undefined;
    }
    throw e;
}

export class PolicyPackHarness {
    private handshakeResult: "ok" | "unimplemented" | undefined;
    private analyzerInfo: AnalyzerInfo | undefined;
    private resolvedConfig = new Map<string, ResolvedPolicyConfig>();
    private unknownKeys: string[] = [];
    /** Engine Log calls and the pack's own output, in arrival order. */
    readonly logs: LogEntry[];
    readonly pid: number;
    /** Milliseconds from spawn to the printed port, and to the end of start (Configure answered). */
    startup: { portMs: number; readyMs: number };

    private closed = false;

    private constructor(private readonly proc: RunningPack, private readonly packDir: string,
        private readonly options: HarnessOptions) {
        this.logs = proc.logs;
        this.pid = proc.child.pid!;
        this.startup = { portMs: proc.portMs, readyMs: NaN };
    }

    /** Spawns the pack and takes it through the CLI's start-up steps, up to Configure. */
    static async start(options: HarnessOptions): Promise<PolicyPackHarness> {
        const packDir = path.resolve(options.packDir);
        const parsed = options.config === undefined ? undefined : parsePolicyPackConfig(options.config); // fail before spawning
        const stack = stackOf(options);
        const proc = await RunningPack.spawn(packDir, { ...options, stack });
        const session = new PolicyPackHarness(proc, packDir, options);
        try {
            await session.handshake();
            await session.configureStack();
            await session.getAnalyzerInfo();
            await session.configure(parsed);
            session.startup = { portMs: proc.portMs, readyMs: msSince(proc.spawnedAt) };
            return session;
        } catch (e) {
            await proc.close();
            throw e;
        }
    }

    /** What GetAnalyzerInfo returned. */
    get info(): AnalyzerInfo {
        if (!this.analyzerInfo) {
            throw new Error("GetAnalyzerInfo has not been called");
        }
        return this.analyzerInfo;
    }

    /** The reconciled config sent in Configure (every policy, defaults filled in). */
    get config(): ReadonlyMap<string, ResolvedPolicyConfig> {
        return this.resolvedConfig;
    }

    /** Config keys that name no policy: sent, and ignored by the pack, as under the CLI. */
    get unknownConfigKeys(): readonly string[] {
        return this.unknownKeys;
    }

    /** Whether the pack implements Handshake (@pulumi/policy 1.21 does not); undefined before the step. */
    get handshakeStatus(): "ok" | "unimplemented" | undefined {
        return this.handshakeResult;
    }

    /** Step 1, Handshake: older CLIs call it on the pack itself and carry on when it answers UNIMPLEMENTED. */
    async handshake(): Promise<void> {
        this.handshakeResult = await this.proc.call("handshake", handshakeRequest(this.proc.engineAddress, this.packDir))
            .then(() => "ok" as const, (e) => {
                if (e.code === grpcUnimplemented) {
                    return "unimplemented" as const;
                }
                throw e;
            });
    }

    /** Step 2, ConfigureStack: the stack's identity, config and tags. */
    async configureStack(): Promise<void> {
        await this.proc.call("configureStack", stackConfigureRequest(stackOf(this.options), this.options.stackTags ?? {}))
            .catch((e) => unimplementedAsEmpty(e));
    }

    /** Step 3, GetAnalyzerInfo: the pack's policies, their default levels and config schemas. */
    async getAnalyzerInfo(): Promise<AnalyzerInfo> {
        this.analyzerInfo = infoOf(await this.proc.call("getAnalyzerInfo", new Empty()) as ProtoAnalyzerInfo);
        return this.analyzerInfo;
    }

    /**
     * Step 4, Configure: the config reconciled with the pack's defaults and validated against each policy's schema,
     * as the CLI does (ReconcilePolicyPackConfig), then sent. Bad config is a PolicyConfigError.
     */
    async configure(parsed: ReadonlyMap<string, PolicyConfigEntry> | undefined): Promise<void> {
        const info = this.info;
        if (!info.supportsConfig) {
            if (parsed && parsed.size > 0) {
                throw new PolicyConfigError(`policy pack "${info.name}" at ${this.packDir} does not support config`);
            }
            return;
        }
        const policies: ConfigurablePolicy[] = info.policies;
        const { config, unknownPolicies } = reconcilePolicyPackConfig(policies, info.initialConfig, parsed);
        this.resolvedConfig = config;
        this.unknownKeys = unknownPolicies;
        await this.proc.call("configure", configureRequest(config)).catch((e) => {
            throw new PolicyConfigError(`policy pack "${info.name}" rejected its config: ${e.details ?? e.message}`);
        });
    }

    /** Analyze one resource, as the engine does for each resource it is about to create or update. */
    async analyze(r: EngineResource): Promise<AnalyzeResult> {
        return resultOf(await this.proc.call("analyze", analyzeRequest(r)) as ProtoAnalyzeResponse, r.urn);
    }

    /** Analyze the whole stack, as the engine does once at the end of a preview or update. */
    async analyzeStack(rs: readonly EngineResource[]): Promise<AnalyzeResult> {
        // The CLI takes UNIMPLEMENTED (a pack too old for stack policies) as no findings.
        const resp = await this.proc.call("analyzeStack", analyzeStackRequest(rs))
            .catch((e) => unimplementedAsEmpty(e)) as ProtoAnalyzeResponse | undefined;
        if (!resp) {
            return { findings: [], notApplicable: [] };
        }
        return resultOf(resp, "");
    }

    /** Remediate one resource, as the engine does before Analyze when a policy's level is `remediate`. */
    async remediate(r: EngineResource): Promise<RemediateResult> {
        // The CLI takes UNIMPLEMENTED (a pack that predates remediation) as no remediations.
        const resp = await this.proc.call("remediate", analyzeRequest(r))
            .catch((e) => unimplementedAsEmpty(e)) as ProtoRemediateResponse | undefined;
        return resp ? remediationsOf(resp) : { remediations: [], notApplicable: [] };
    }

    /** `Analyze` for each resource, then `AnalyzeStack` once: the shape of lib/engine/evaluate.ts's `evaluate`. */
    async evaluateAll(rs: readonly EngineResource[]): Promise<Evaluation> {
        const out: Evaluation = { findings: [], notApplicable: new Map() };
        for (const r of rs) {
            addResult(out, await this.analyze(r), r.urn);
        }
        addResult(out, await this.analyzeStack(rs), "stack");
        return out;
    }

    /** The pack's stderr so far. */
    get stderr(): string {
        return this.proc.stderr;
    }

    /** Peak resident set of the pack process (VmHWM, Linux), in bytes; undefined elsewhere or once it exited. */
    peakRssBytes(): number | undefined {
        try {
            const status = fs.readFileSync(`/proc/${this.pid}/status`, "utf8");
            const kb = /VmHWM:\s+(\d+)\s*kB/.exec(status)?.[1];
            return kb === undefined ? undefined : Number(kb) * 1024;
        } catch {
            return undefined;
        }
    }

    /** Close the client, stop the pack (SIGTERM, then SIGKILL), close the engine server. Idempotent. */
    async close(): Promise<void> {
        if (!this.closed) {
            this.closed = true;
            await this.proc.close();
        }
    }
}
