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
 *    lib/engine/policy-config.ts) `Configure`, then `Analyze` per resource, `AnalyzeStack` once, `Remediate`.
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
import { HarnessError } from "../core/errors";
import { grpcUnimplemented, logSeverityByNumber } from "../core/wire";
import type { ProtoRequest, StackIdentity } from "./codec";
import { pulumiPeer } from "./peers";

/* eslint-disable @typescript-eslint/no-require-imports */
const grpc = pulumiPeer("@grpc/grpc-js");
const { AnalyzerClient } = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
const enginePb = require("@pulumi/pulumi/proto/engine_pb");
const { EngineService } = require("@pulumi/pulumi/proto/engine_grpc_pb");
const { Empty } = pulumiPeer("google-protobuf/google/protobuf/empty_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

/** The gRPC limit the CLI sets on its plugin connections (rpcutil.GrpcChannelOptions): 400 MiB. */
const maxMessageBytes = 400 * 1024 * 1024;

export interface LogEntry {
    /** Engine Log call, or a line the pack wrote (which the CLI shows as plugin output). */
    source: "engine" | "stdout" | "stderr";
    severity: "debug" | "info" | "warning" | "error";
    message: string;
    urn?: string;
}

/** How to start the pack process; see HarnessOptions in lib/engine/session.ts for each field's meaning. */
export interface SpawnOptions {
    stack: StackIdentity & { project: string; stack: string; dryRun: boolean };
    timeoutMs?: number;
    execArgv?: string[];
    entryPoint?: string;
    env?: Record<string, string>;
    logToEngine?: boolean;
}

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

export function msSince(t0: bigint): number {
    return Number(process.hrtime.bigint() - t0) / 1e6;
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
                source: "engine", severity: logSeverityByNumber[r.getSeverity()] ?? "info", message: r.getMessage(),
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

/** The child process, its client and the engine server: spawn, the port handshake, calls, shutdown. */
export class RunningPack {
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

    static async spawn(packDir: string, options: SpawnOptions): Promise<RunningPack> {
        const runner = resolveRunner(packDir);
        const logs: LogEntry[] = [];
        const server = new grpc.Server();
        server.addService(EngineService, engineService(logs));
        const port: number = await new Promise((resolve, reject) => server.bindAsync("127.0.0.1:0",
            grpc.ServerCredentials.createInsecure(), (err: Error | null, p: number) => (err ? reject(err) : resolve(p))));
        const engineAddress = `127.0.0.1:${port}`;
        const env = { ...packEnvironment(options.stack), ...options.env };
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
    call(method: string, request: ProtoRequest): Promise<unknown> {
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
