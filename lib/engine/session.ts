/**
 * Runs a policy pack as an analyzer plugin, the way `pulumi preview --policy-pack <dir>` runs it, and speaks the
 * Analyzer gRPC protocol to it with the clients generated in @pulumi/pulumi's proto package.
 *
 * How the CLI starts a Node.js pack (pulumi/pulumi: pkg/resource/plugin/analyzer_plugin.go NewPolicyAnalyzer, and
 * sdk/nodejs/cmd/pulumi-language-nodejs/main.go RunPlugin with sdk/go/.../PolicyProxy):
 *
 * 1. The language host answers the engine's `Handshake` and `ConfigureStack` itself (PolicyProxy), so that the
 *    stack's identity and config can go into the pack's environment before it starts.
 * 2. It runs `node <pack>/node_modules/@pulumi/pulumi/cmd/run-policy-pack <engine-address> <packDir>` in the pack
 *    directory (the module is resolved from there, so the pack's own @pulumi/pulumi runs it), with the engine's
 *    environment plus the variables set in `packEnvironment` below.
 * 3. It reads the port the pack prints as the first line of its stdout, connects, replays `ConfigureStack` to it,
 *    and from then on proxies every call: `GetAnalyzerInfo`, then (the CLI's ReconcilePolicyPackConfig, see
 *    lib/policy-config.ts) `Configure`, then `Analyze` per resource, `AnalyzeStack` once, `Remediate`.
 *
 * Older CLIs (and CLIs where Node.js packs still take the legacy `pulumi-analyzer-policy` shim) call `Handshake` on
 * the pack itself and carry on when it answers UNIMPLEMENTED, as @pulumi/policy 1.21's server does; the harness does
 * that too, so that it behaves right either way. Pack output after the port line, and everything on stderr, is
 * what the CLI shows as the plugin's diagnostics; here it is in `logs`.
 *
 * Deviation: the harness runs the pack with the node that runs the harness (process.execPath); the language host
 * takes `node` from PATH. Usually the same binary.
 *
 * A note on the engine address: run-policy-pack drops its first argument, and @pulumi/pulumi's `log.*` only reach
 * the engine when PULUMI_NODEJS_ENGINE is set, which the CLI does not set for policy packs; so under the CLI a
 * pack's `pulumi.log.info` goes to its stdout. The harness serves the Engine service anyway and passes its address
 * as the CLI does; `logToEngine: true` also sets PULUMI_NODEJS_ENGINE, to collect such calls as engine logs.
 */
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { EngineResource, Evaluation, Finding } from "./evaluate";
import {
    ConfigurablePolicy, EnforcementLevel, parsePolicyPackConfig, PolicyConfigEntry, PolicyConfigError, PolicyConfigSchema,
    reconcilePolicyPackConfig, ResolvedPolicyConfig,
} from "./policy-config";

/* eslint-disable @typescript-eslint/no-require-imports */
const grpc = require("@grpc/grpc-js");
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const { AnalyzerClient } = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
const enginePb = require("@pulumi/pulumi/proto/engine_pb");
const { EngineService } = require("@pulumi/pulumi/proto/engine_grpc_pb");
const { Empty } = require("google-protobuf/google/protobuf/empty_pb");
const { Struct } = require("google-protobuf/google/protobuf/struct_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

export { PolicyConfigError } from "./policy-config";

/** The engine's secret wrapper (sdk/go/common/resource/sig): what a secret input looks like on the wire. */
export const secretSig = { key: "4dabf18193072939515e22adb298388d", value: "1b47061264138c4ac30d75fd1eb44270" } as const;

/** A secret value as the engine sends it (MarshalProperties with KeepSecrets). */
export function secret(value: unknown): Record<string, unknown> {
    return { [secretSig.key]: secretSig.value, value };
}

/** The gRPC limit the CLI sets on its plugin connections (rpcutil.GrpcChannelOptions): 400 MiB. */
const maxMessageBytes = 400 * 1024 * 1024;

export interface StackIdentity {
    organization?: string;
    project?: string;
    stack?: string;
    /** `pulumi preview` (true) or `pulumi up` (false). */
    dryRun?: boolean;
    /** The stack's config, `<namespace>:<key>` to value, decrypted, as the CLI sends it. */
    config?: Record<string, string>;
    configSecretKeys?: string[];
}

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

export interface AnalyzerPolicy {
    name: string;
    displayName: string;
    description: string;
    message: string;
    enforcementLevel: EnforcementLevel;
    /** low | medium | high | critical; undefined when the pack does not say. */
    severity?: string;
    type: "resource" | "stack" | "unknown";
    configSchema?: PolicyConfigSchema;
    tags: string[];
    remediationSteps: string;
    url: string;
    framework?: { name: string; version: string; reference: string; specification: string };
}

export interface AnalyzerInfo {
    name: string;
    displayName: string;
    version: string;
    description: string;
    provider: string;
    tags: string[];
    supportsConfig: boolean;
    policies: AnalyzerPolicy[];
    initialConfig: Map<string, PolicyConfigEntry>;
}

export interface NotApplicable {
    policy: string;
    reason: string;
}

export interface AnalyzeResult {
    findings: Finding[];
    notApplicable: NotApplicable[];
}

export interface Remediation {
    policy: string;
    description: string;
    /** The remediated inputs, when the policy changed them. */
    properties?: Record<string, unknown>;
    diagnostic?: string;
}

export interface RemediateResult {
    remediations: Remediation[];
    notApplicable: NotApplicable[];
}

export interface LogEntry {
    /** Engine Log call, or a line the pack wrote (which the CLI shows as plugin output). */
    source: "engine" | "stdout" | "stderr";
    severity: "debug" | "info" | "warning" | "error";
    message: string;
    urn?: string;
}

/** The pack did not start, or stopped answering; the message carries its stderr. */
export class HarnessError extends Error {
    constructor(message: string, readonly code?: number) {
        super(message);
        this.name = "HarnessError";
    }
}

const levelNames: EnforcementLevel[] = ["advisory", "mandatory", "disabled", "remediate"]; // proto enum order
const severityNames = ["", "low", "medium", "high", "critical"];
const policyTypes = ["unknown", "resource", "stack"] as const;
const logSeverities = ["debug", "info", "warning", "error"] as const;
const grpcUnimplemented = 12;

/**
 * The environment of the pack process. The engine passes its own environment to the language host's RunPlugin,
 * which adds:
 * - PULUMI_NODEJS_TYPESCRIPT=true: the runtime option `typescript`, true unless PulumiPolicy.yaml sets it false
 *   (this pack's sets no options). run-policy-pack registers ts-node whatever it says; it is set for fidelity.
 * - PULUMI_NODEJS_ORGANIZATION, _PROJECT, _STACK, _DRY_RUN and PULUMI_CONFIG (the stack config as JSON), from the
 *   ConfigureStack request, each only when not empty (DRY_RUN always). @pulumi/pulumi's runtime reads them
 *   (pulumi.getStack(), new pulumi.Config()), so a policy that asks for the stack or its config gets the answer.
 * The legacy shim path (constructEnv) sets the same, plus PULUMI_ORGANIZATION/_PROJECT/_STACK/_DRY_RUN, which
 * @pulumi/pulumi 3.276 does not read.
 */
export function packEnvironment(stack: Required<Pick<StackIdentity, "dryRun">> & StackIdentity,
    base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...base, PULUMI_NODEJS_TYPESCRIPT: "true" };
    const maybe = (k: string, v: string | undefined) => {
        if (v) {
            env[k] = v;
        }
    };
    maybe("PULUMI_NODEJS_ORGANIZATION", stack.organization);
    maybe("PULUMI_NODEJS_PROJECT", stack.project);
    maybe("PULUMI_NODEJS_STACK", stack.stack);
    maybe("PULUMI_NODEJS_DRY_RUN", String(stack.dryRun));
    if (stack.config) {
        maybe("PULUMI_CONFIG", JSON.stringify(stack.config));
    }
    return env;
}

function toStruct(props: Record<string, unknown>): unknown {
    // JSON first: drops undefined, which the engine never sends; sentinels and secret objects pass as they are.
    return Struct.fromJavaScript(JSON.parse(JSON.stringify(props ?? {})));
}

function resourceOptions(r: EngineResource): unknown {
    const o = new pb.AnalyzerResourceOptions();
    // The engine always sets custom timeouts (zeros when none) and the parent; @pulumi/policy requires options.
    o.setCustomtimeouts(new pb.AnalyzerResourceOptions.CustomTimeouts());
    if (r.parent) {
        o.setParent(r.parent);
    }
    return o;
}

function providerResource(r: EngineResource): unknown {
    if (!r.provider) {
        return undefined;
    }
    const p = new pb.AnalyzerProviderResource();
    p.setUrn(r.provider.urn);
    p.setType(r.provider.type);
    p.setName(r.provider.name);
    p.setProperties(toStruct(r.provider.properties));
    return p;
}

/** An AnalyzeRequest (Analyze and Remediate) as the engine builds it. */
export function analyzeRequest(r: EngineResource): unknown {
    const req = new pb.AnalyzeRequest();
    req.setUrn(r.urn);
    req.setType(r.type);
    req.setName(r.name);
    req.setProperties(toStruct(r.props));
    req.setOptions(resourceOptions(r));
    const provider = providerResource(r);
    if (provider) {
        req.setProvider(provider);
    }
    return req;
}

/** An AnalyzerResource of an AnalyzeStackRequest as the engine builds it. */
export function stackResource(r: EngineResource): unknown {
    const ar = new pb.AnalyzerResource();
    ar.setUrn(r.urn);
    ar.setType(r.type);
    ar.setName(r.name);
    ar.setProperties(toStruct(r.outputs ?? r.props));
    ar.setOptions(resourceOptions(r));
    const provider = providerResource(r);
    if (provider) {
        ar.setProvider(provider);
    }
    if (r.parent) {
        ar.setParent(r.parent);
    }
    ar.setDependenciesList(r.dependencies ?? []);
    for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
        if (urns.length > 0) { // the engine skips properties without dependencies
            const deps = new pb.AnalyzerPropertyDependencies();
            deps.setUrnsList(urns);
            ar.getPropertydependenciesMap().set(k, deps);
        }
    }
    return ar;
}

export function notApplicableOf(resp: any): NotApplicable[] {
    return resp.getNotApplicableList().map((n: any) => ({ policy: n.getPolicyName(), reason: n.getReason() }));
}

/** Decodes an Analyze or AnalyzeStack response. */
export function resultOf(resp: any, urnFallback: string): AnalyzeResult {
    return { findings: findingsOf(resp, urnFallback), notApplicable: notApplicableOf(resp) };
}

/** Adds one Analyze or AnalyzeStack result to an evaluation; `subject` is the resource's URN, or "stack". */
export function addResult(into: Evaluation, result: AnalyzeResult, subject: string): void {
    into.findings.push(...result.findings);
    for (const n of result.notApplicable) {
        const m = into.notApplicable.get(subject) ?? new Map<string, string>();
        m.set(n.policy, n.reason);
        into.notApplicable.set(subject, m);
    }
}

function findingsOf(resp: any, urnFallback: string): Finding[] {
    return resp.getDiagnosticsList().map((d: any): Finding => {
        // @pulumi/policy prefixes the policy description to the message; the finding keeps the message alone.
        const message: string = d.getMessage();
        const description: string = d.getDescription();
        return {
            policy: d.getPolicyname(),
            urn: d.getUrn() || urnFallback,
            enforcementLevel: levelNames[d.getEnforcementlevel()],
            severity: severityNames[d.getSeverity()] || "low",
            message: description && message.startsWith(`${description}\n`) ? message.slice(description.length + 1) : message,
        };
    });
}

function infoOf(resp: any): AnalyzerInfo {
    const policies = resp.getPoliciesList().map((p: any): AnalyzerPolicy => {
        const schema = p.getConfigschema();
        const fw = p.getFramework();
        return {
            name: p.getName(),
            displayName: p.getDisplayname(),
            description: p.getDescription(),
            message: p.getMessage(),
            enforcementLevel: levelNames[p.getEnforcementlevel()],
            severity: severityNames[p.getSeverity()] || undefined,
            type: policyTypes[p.getPolicyType()] ?? "unknown",
            configSchema: schema ? {
                properties: schema.getProperties()?.toJavaScript() ?? {},
                ...(schema.getRequiredList().length > 0 ? { required: schema.getRequiredList() } : {}),
            } : undefined,
            tags: p.getTagsList(),
            remediationSteps: p.getRemediationSteps(),
            url: p.getUrl(),
            framework: fw ? {
                name: fw.getName(), version: fw.getVersion(), reference: fw.getReference(), specification: fw.getSpecification(),
            } : undefined,
        };
    });
    const initialConfig = new Map<string, PolicyConfigEntry>();
    for (const [k, v] of resp.getInitialconfigMap().entries()) {
        const properties = v.getProperties()?.toJavaScript() ?? {};
        initialConfig.set(k, {
            enforcementLevel: levelNames[v.getEnforcementlevel()],
            ...(Object.keys(properties).length > 0 ? { properties } : {}),
        });
    }
    return {
        name: resp.getName(),
        displayName: resp.getDisplayname(),
        version: resp.getVersion(),
        description: resp.getDescription(),
        provider: resp.getProvider(),
        tags: resp.getTagsList(),
        supportsConfig: resp.getSupportsconfig(),
        policies,
        initialConfig,
    };
}

/** The stack the pack is told about: @pulumi/pulumi's own defaults for project and stack, and a preview. */
function stackOf(options: HarnessOptions): StackIdentity & { project: string; stack: string; dryRun: boolean } {
    const s = options.stack ?? {};
    return { ...s, project: s.project ?? "project", stack: s.stack ?? "stack", dryRun: s.dryRun ?? true };
}

function msSince(t0: bigint): number {
    return Number(process.hrtime.bigint() - t0) / 1e6;
}

function unimplementedAsEmpty(e: { code?: number }): undefined {
    if (e.code === grpcUnimplemented) {
        return undefined;
    }
    throw e;
}

function tail(text: string, max = 8000): string {
    const t = text.trim();
    return t.length > max ? `...${t.slice(t.length - max)}` : t;
}

/** The Engine service the pack may log to (Log, GetRootResource, SetRootResource, StartDebugging, ...). */
function engineService(logs: LogEntry[]) {
    let root = "";
    const ok = (response: unknown) => (_call: unknown, cb: (err: null, r: unknown) => void) => cb(null, response);
    return {
        log: (call: any, cb: (err: null, r: unknown) => void) => {
            const r = call.request;
            logs.push({
                source: "engine", severity: logSeverities[r.getSeverity()] ?? "info", message: r.getMessage(),
                ...(r.getUrn() ? { urn: r.getUrn() } : {}),
            });
            cb(null, new Empty());
        },
        getRootResource: (_call: unknown, cb: (err: null, r: unknown) => void) =>
            cb(null, new enginePb.GetRootResourceResponse().setUrn(root)),
        setRootResource: (call: any, cb: (err: null, r: unknown) => void) => {
            root = call.request.getUrn();
            cb(null, new enginePb.SetRootResourceResponse());
        },
        startDebugging: ok(new Empty()),
        requirePulumiVersion: ok(new enginePb.RequirePulumiVersionResponse()),
    };
}

export class PolicyPackHarness {
    /** What GetAnalyzerInfo returned. */
    readonly info: AnalyzerInfo;
    /** The reconciled config sent in Configure (every policy, defaults filled in). */
    readonly config: ReadonlyMap<string, ResolvedPolicyConfig>;
    /** Config keys that name no policy: sent, and ignored by the pack, as under the CLI. */
    readonly unknownConfigKeys: readonly string[];
    /** Whether the pack implements Handshake (@pulumi/policy 1.21 does not). */
    readonly handshake: "ok" | "unimplemented";
    /** Engine Log calls and the pack's own output, in arrival order. */
    readonly logs: LogEntry[];
    readonly pid: number;
    /** Milliseconds from spawn to the printed port, and to the end of start (Configure answered). */
    readonly startup: { portMs: number; readyMs: number };

    private closed = false;

    private constructor(private readonly proc: RunningPack, init: {
        info: AnalyzerInfo; config: Map<string, ResolvedPolicyConfig>; unknownConfigKeys: string[]; handshake: "ok" | "unimplemented";
    }) {
        this.info = init.info;
        this.config = init.config;
        this.unknownConfigKeys = init.unknownConfigKeys;
        this.handshake = init.handshake;
        this.logs = proc.logs;
        this.pid = proc.child.pid!;
        this.startup = { portMs: proc.portMs, readyMs: msSince(proc.spawnedAt) };
    }

    /** Spawn, Handshake, ConfigureStack, GetAnalyzerInfo, reconcile and validate the config, Configure. */
    static async start(options: HarnessOptions): Promise<PolicyPackHarness> {
        const packDir = path.resolve(options.packDir);
        const parsed = options.config === undefined ? undefined : parsePolicyPackConfig(options.config); // fail before spawning
        const proc = await RunningPack.spawn(packDir, options);
        try {
            const stack = stackOf(options);
            const hs = new pb.AnalyzerHandshakeRequest();
            hs.setEngineAddress(proc.engineAddress);
            hs.setRootDirectory(packDir);
            hs.setProgramDirectory(packDir);
            const handshake = await proc.call("handshake", hs).then(() => "ok" as const,
                (e) => { if (e.code === grpcUnimplemented) { return "unimplemented" as const; } throw e; });

            const cs = new pb.AnalyzerStackConfigureRequest();
            cs.setStack(stack.stack);
            cs.setProject(stack.project);
            cs.setOrganization(stack.organization ?? "");
            cs.setDryRun(stack.dryRun);
            cs.setConfigSecretKeysList(stack.configSecretKeys ?? []);
            for (const [k, v] of Object.entries(stack.config ?? {})) {
                cs.getConfigMap().set(k, v);
            }
            for (const [k, v] of Object.entries(options.stackTags ?? {})) {
                cs.getTagsMap().set(k, v);
            }
            await proc.call("configureStack", cs).catch((e) => { if (e.code !== grpcUnimplemented) { throw e; } });

            const info = infoOf(await proc.call("getAnalyzerInfo", new Empty()));
            let config = new Map<string, ResolvedPolicyConfig>();
            let unknownConfigKeys: string[] = [];
            if (!info.supportsConfig) {
                if (parsed && parsed.size > 0) {
                    throw new PolicyConfigError(`policy pack "${info.name}" at ${packDir} does not support config`);
                }
            } else {
                const policies: ConfigurablePolicy[] = info.policies;
                ({ config, unknownPolicies: unknownConfigKeys } = reconcilePolicyPackConfig(policies, info.initialConfig, parsed));
                const req = new pb.ConfigureAnalyzerRequest();
                for (const [name, c] of config) {
                    const pc = new pb.PolicyConfig();
                    pc.setEnforcementlevel(levelNames.indexOf(c.enforcementLevel));
                    pc.setProperties(Struct.fromJavaScript(c.properties)); // always set: @pulumi/policy reads it unguarded
                    req.getPolicyconfigMap().set(name, pc);
                }
                await proc.call("configure", req).catch((e) => {
                    throw new PolicyConfigError(`policy pack "${info.name}" rejected its config: ${e.details ?? e.message}`);
                });
            }
            return new PolicyPackHarness(proc, { info, config, unknownConfigKeys, handshake });
        } catch (e) {
            await proc.close();
            throw e;
        }
    }

    /** Analyze one resource, as the engine does for each resource it is about to create or update. */
    async analyze(r: EngineResource): Promise<AnalyzeResult> {
        return resultOf(await this.proc.call("analyze", analyzeRequest(r)), r.urn);
    }

    /** Analyze the whole stack, as the engine does once at the end of a preview or update. */
    async analyzeStack(rs: readonly EngineResource[]): Promise<AnalyzeResult> {
        const req = new pb.AnalyzeStackRequest();
        req.setResourcesList(rs.map(stackResource));
        // The CLI takes UNIMPLEMENTED (a pack too old for stack policies) as no findings.
        const resp = await this.proc.call("analyzeStack", req).catch((e) => unimplementedAsEmpty(e));
        if (!resp) {
            return { findings: [], notApplicable: [] };
        }
        return resultOf(resp, "");
    }

    /** Remediate one resource, as the engine does before Analyze when a policy's level is `remediate`. */
    async remediate(r: EngineResource): Promise<RemediateResult> {
        // The CLI takes UNIMPLEMENTED (a pack that predates remediation) as no remediations.
        const resp = await this.proc.call("remediate", analyzeRequest(r)).catch((e) => unimplementedAsEmpty(e));
        if (!resp) {
            return { remediations: [], notApplicable: [] };
        }
        return {
            remediations: resp.getRemediationsList().map((x: any): Remediation => {
                const props = x.getProperties();
                return {
                    policy: x.getPolicyname(),
                    description: x.getDescription(),
                    ...(props ? { properties: props.toJavaScript() } : {}),
                    ...(x.getDiagnostic() ? { diagnostic: x.getDiagnostic() } : {}),
                };
            }),
            notApplicable: notApplicableOf(resp),
        };
    }

    /** `Analyze` for each resource, then `AnalyzeStack` once: the shape of lib/evaluate.ts's `evaluate`. */
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

/** The child process, its client and the engine server: spawn, the port handshake, calls, shutdown. */
class RunningPack {
    stderr = "";
    portMs = NaN;
    private exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    private client: any;
    private readonly exited: Promise<void>;

    private constructor(readonly child: ChildProcess, private readonly server: any, readonly engineAddress: string,
        private readonly packDir: string, readonly logs: LogEntry[], readonly spawnedAt: bigint) {
        this.exited = new Promise((resolve) => child.once("exit", (code, signal) => {
            this.exit = { code, signal };
            resolve();
        }));
        child.stderr!.setEncoding("utf8");
        child.stdout!.setEncoding("utf8");
        let pending = "";
        child.stderr!.on("data", (d: string) => {
            this.stderr += d;
            const parts = (pending + d).split("\n");
            pending = parts.pop()!;
            this.lines("stderr", parts);
        });
        child.stderr!.on("end", () => this.lines("stderr", [pending]));
    }

    private lines(source: "stdout" | "stderr", lines: string[]): void {
        for (const line of lines) {
            if (line.trim() !== "") {
                this.logs.push({ source, severity: source === "stderr" ? "error" : "info", message: line.replace(/\r$/, "") });
            }
        }
    }

    static async spawn(packDir: string, options: HarnessOptions): Promise<RunningPack> {
        const runner = resolveRunner(packDir);
        const logs: LogEntry[] = [];
        const server = new grpc.Server();
        server.addService(EngineService, engineService(logs));
        const port: number = await new Promise((resolve, reject) => server.bindAsync("127.0.0.1:0",
            grpc.ServerCredentials.createInsecure(), (err: Error | null, p: number) => (err ? reject(err) : resolve(p))));
        const engineAddress = `127.0.0.1:${port}`;
        const env = { ...packEnvironment(stackOf(options)), ...options.env };
        if (options.logToEngine) {
            env.PULUMI_NODEJS_ENGINE = engineAddress;
        }
        const program = options.entryPoint ? path.resolve(packDir, options.entryPoint) : packDir;
        const spawnedAt = process.hrtime.bigint();
        const child = spawn(process.execPath, [...(options.execArgv ?? []), runner, engineAddress, program],
            { cwd: packDir, env, stdio: ["ignore", "pipe", "pipe"] });
        const pack = new RunningPack(child, server, engineAddress, packDir, logs, spawnedAt);
        try {
            const packPort = await pack.readPort(options.timeoutMs ?? 30_000);
            pack.client = new AnalyzerClient(`127.0.0.1:${packPort}`, grpc.credentials.createInsecure(), {
                "grpc.max_receive_message_length": maxMessageBytes, "grpc.max_send_message_length": maxMessageBytes,
            });
            return pack;
        } catch (e) {
            await pack.close();
            throw e;
        }
    }

    /** The first stdout line must be the port; later lines are output. Rejects on exit, bad output or timeout. */
    private readPort(timeoutMs: number): Promise<number> {
        const { child } = this;
        return new Promise<number>((resolve, reject) => {
            let buffered = "";
            let port: number | undefined;
            const fail = (why: string) => {
                done();
                reject(new HarnessError(`policy pack at ${this.packDir} failed to start: ${why}` +
                    (this.stderr.trim() ? `\n--- stderr ---\n${tail(this.stderr)}` : "\n(nothing on stderr)") +
                    (buffered.trim() ? `\n--- stdout ---\n${tail(buffered, 2000)}` : "")));
            };
            const onData = (d: string) => {
                buffered += d;
                if (port !== undefined) {
                    const parts = buffered.split("\n");
                    buffered = parts.pop()!;
                    this.lines("stdout", parts);
                    return;
                }
                const nl = buffered.indexOf("\n");
                if (nl < 0) {
                    return;
                }
                const first = buffered.slice(0, nl).trim();
                if (!/^\d+$/.test(first)) {
                    fail(`it printed ${JSON.stringify(first.slice(0, 200))} instead of its port`);
                    return;
                }
                port = Number(first);
                this.portMs = msSince(this.spawnedAt);
                buffered = buffered.slice(nl + 1);
                done();
                resolve(port);
            };
            // "close" comes after "exit" once stdout and stderr are drained, so the error has all of stderr.
            const onClose = () => fail(this.exit?.signal ? `it was killed by ${this.exit.signal}`
                : `it exited with code ${this.exit?.code ?? child.exitCode} before printing its port`);
            const onError = (e: Error) => fail(`cannot run ${process.execPath}: ${e.message}`);
            const timer = setTimeout(() => fail(`it printed no port within ${timeoutMs} ms`), timeoutMs);
            const done = () => {
                clearTimeout(timer);
                child.off("close", onClose);
                child.off("error", onError);
            };
            child.stdout!.on("data", onData);
            child.once("close", onClose);
            child.once("error", onError);
        });
    }

    /** One unary call; a failure names the method and, if the pack died, carries its exit and stderr. */
    call(method: string, request: unknown): Promise<any> {
        return new Promise((resolve, reject) => {
            this.client[method](request, (err: any, resp: unknown) => {
                if (!err) {
                    resolve(resp);
                } else if (err.code === grpcUnimplemented) {
                    reject(err);
                } else {
                    // A pack that died is seen as UNAVAILABLE; give its exit a moment to arrive, so the error says why.
                    const settle = () => {
                        const dead = this.exit ? `; the pack exited (${this.exit.signal ?? `code ${this.exit.code}`})` +
                            (this.stderr.trim() ? `\n--- stderr ---\n${tail(this.stderr)}` : "") : "";
                        reject(new HarnessError(`${method} failed: ${err.details || err.message}${dead}`, err.code));
                    };
                    if (this.exit) {
                        settle();
                    } else {
                        const timer = setTimeout(settle, 100);
                        this.exited.then(() => { clearTimeout(timer); settle(); });
                    }
                }
            });
        });
    }

    async close(): Promise<void> {
        this.client?.close();
        if (!this.exit && this.child.exitCode === null && this.child.signalCode === null) {
            this.child.kill("SIGTERM");
            const timer = setTimeout(() => this.child.kill("SIGKILL"), 2000);
            await this.exited;
            clearTimeout(timer);
        }
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        this.server.forceShutdown();
    }
}

/**
 * `@pulumi/pulumi/cmd/run-policy-pack` as seen from the pack directory (the language host's locateModule), after
 * checking the pack is there and built.
 */
function resolveRunner(packDir: string): string {
    const fail = (why: string) => new HarnessError(`policy pack at ${packDir} failed to start: ${why}`);
    let manifest: { main?: unknown };
    try {
        manifest = JSON.parse(fs.readFileSync(path.join(packDir, "package.json"), "utf8"));
    } catch (e) {
        throw fail(`cannot read its package.json (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    if (typeof manifest.main === "string") {
        const main = path.resolve(packDir, manifest.main);
        if (![main, `${main}.js`, path.join(main, "index.js")].some((f) => fs.existsSync(f))) {
            throw fail(`its entry point ${manifest.main} (package.json "main") does not exist; build it first (npm run build)`);
        }
    }
    try {
        return require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [packDir] });
    } catch {
        // The CLI's own wording (errRunPolicyModuleNotFound).
        throw fail(`it looks like the policy pack's dependencies are not installed; try running npm install in ${packDir}`);
    }
}
