/**
 * Benchmark of the pack run the way `pulumi preview --policy-pack` runs it (lib/engine/pack-process.ts and session.ts: run-policy-pack in a
 * child process, the Analyzer protocol over gRPC). Prints figures; it is not a test.
 *
 *   npm run bench [-- --runs 3] [--calls 20000] [--sizes 1000,10000,50000] [--profile]
 *
 * - start-up: spawn -> port printed, and -> ready (Handshake, ConfigureStack, GetAnalyzerInfo, Configure
 *   answered), for an empty pack (the floor run-policy-pack costs any pack), the compiled entry point that ships
 *   (dist/index.js) and the TypeScript source under ts-node (index.ts);
 * - Analyze latency per resource, all policies, over the resources of examples/stack-exports (insecure and
 *   secure), next to the same calls to the empty pack (transport and @pulumi/policy's floor) and to the pack's
 *   Analyze handler called in this process (no gRPC);
 * - AnalyzeStack for synthetic stacks made of copies of the example resources, each copy renamed (URNs and
 *   Azure names) with its dependencies and property dependencies pointing into the same copy;
 * - peak RSS (VmHWM) of the pack process.
 * --profile instead runs the pack under `node --cpu-prof` (Analyze calls, then AnalyzeStack of the first size) and
 * prints where its time goes.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { packPolicies } from "../lib/engine/pack";
import { readStackExport } from "../lib/inputs/stack-export";
import { packName, packRoot } from "../lib/core/paths";
import { EngineResource } from "../lib/core/types";
import { analyzeRequest, stackResource } from "../lib/engine/codec";
import { PolicyPackHarness } from "../lib/engine/session";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pb = require("@pulumi/pulumi/proto/analyzer_pb");

const exampleDir = path.join(packRoot, "examples", "stack-exports");

function arg(name: string, fallback: string): string {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

function wholeNumber(name: string, fallback: number): number {
    const n = Number(arg(name, String(fallback)));
    if (!Number.isInteger(n) || n < 1) {
        throw new Error(`--${name} takes a whole number of at least 1`);
    }
    return n;
}

const now = () => process.hrtime.bigint();
const msSince = (t0: bigint) => Number(now() - t0) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function percentile(sorted: number[], p: number): number {
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
/** CPU time (user + system) the process has used, in ms (Linux; clock ticks are 10 ms): steadier than wall time on a busy machine. */
function cpuMs(pid: number): number {
    try {
        const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return NaN;
    }
}
const mb = (bytes: number | undefined) => (bytes === undefined ? "n/a" : `${(bytes / 1048576).toFixed(0)} MB`);

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    tempDirs.push(dir);
    return dir;
}

/** A pack with no policies, its node_modules linked to ours: what run-policy-pack and @pulumi/policy cost alone. */
function emptyPack(): string {
    const dir = tempDir("empty-pack-");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "empty", version: "0.0.0", main: "index.js" }));
    fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\n");
    fs.writeFileSync(path.join(dir, "index.js"), 'new (require("@pulumi/policy").PolicyPack)("empty", { policies: [] });\n');
    fs.symlinkSync(path.join(packRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
    return dir;
}

function exampleResources(): EngineResource[] {
    return ["insecure", "secure"].flatMap((name) => readStackExport(path.join(exampleDir, `${name}.json`)));
}

/** Azure names in the example inputs (`*Name` inputs and top-level `name`), renamed per copy; "default" is a fixed child name. */
function azureNames(rs: EngineResource[]): Set<string> {
    const names = new Set<string>();
    for (const r of rs) {
        for (const [k, v] of Object.entries(r.props)) {
            if (typeof v === "string" && (k === "name" || /Name$/.test(k)) && v !== "default") {
                names.add(v);
            }
        }
    }
    return names;
}

/**
 * `size` resources: copies of the example resources (the last copy cut short), each copy with its own URNs and
 * Azure names, so that ids, dependencies and property dependencies point within the copy, as in a stack of
 * many applications.
 */
export function syntheticStack(base: EngineResource[], size: number): EngineResource[] {
    const names = azureNames(base);
    const out: EngineResource[] = [];
    for (let copy = 0; out.length < size; copy++) {
        const urn = (u: string) => `${u}-${copy}`;
        const rename = (v: unknown): unknown => {
            if (typeof v === "string") {
                return v.split("/").map((seg) => (names.has(seg) ? `${seg}x${copy}` : seg)).join("/");
            }
            if (Array.isArray(v)) {
                return v.map(rename);
            }
            if (v !== null && typeof v === "object") {
                return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rename(x)]));
            }
            return v;
        };
        for (const r of base) {
            if (out.length === size) {
                break;
            }
            out.push({
                ...r,
                urn: urn(r.urn),
                name: `${r.name}-${copy}`,
                props: rename(r.props) as Record<string, unknown>,
                dependencies: (r.dependencies ?? []).map(urn),
                propertyDependencies: Object.fromEntries(Object.entries(r.propertyDependencies ?? {}).map(([k, us]) => [k, us.map(urn)])),
            });
        }
    }
    return out;
}

async function startup(runs: number): Promise<void> {
    console.log(`\n## Start-up: spawn -> port printed -> ready (Configure answered); median of ${runs} runs`);
    const variants: [string, string, string | undefined][] = [
        ["empty pack (the floor)", emptyPack(), undefined],
        ["compiled (dist/index.js)", packRoot, undefined],
        ["ts-node (index.ts)", packRoot, "index.ts"],
    ];
    for (const [label, packDir, entryPoint] of variants) {
        const port: number[] = [];
        const ready: number[] = [];
        const rss: number[] = [];
        let policies = 0;
        for (let i = 0; i < runs; i++) {
            const h = await PolicyPackHarness.start({ packDir, entryPoint, timeoutMs: 120_000 });
            port.push(h.startup.portMs);
            ready.push(h.startup.readyMs);
            rss.push(h.peakRssBytes() ?? NaN);
            policies = h.info.policies.length;
            await h.close();
        }
        console.log(`${label.padEnd(26)} port ${median(port).toFixed(0).padStart(5)} ms   ready ${median(ready).toFixed(0).padStart(5)} ms` +
            `   ${String(policies).padStart(2)} policies   peak RSS ${mb(median(rss))}`);
    }
}

function summary(samples: number[]): string {
    const s = [...samples].sort((a, b) => a - b);
    const f = (x: number) => `${x.toFixed(3)} ms`;
    return `p50 ${f(percentile(s, 50))}  p90 ${f(percentile(s, 90))}  p99 ${f(percentile(s, 99))}  max ${f(s[s.length - 1])}`;
}

async function analyzeLatency(h: PolicyPackHarness, resources: EngineResource[], calls: number): Promise<string> {
    for (let i = 0; i < Math.min(2000, calls); i++) {
        await h.analyze(resources[i % resources.length]);
    }
    const samples: number[] = [];
    const cpu0 = cpuMs(h.pid);
    for (let i = 0; i < calls; i++) {
        const t0 = now();
        await h.analyze(resources[i % resources.length]);
        samples.push(msSince(t0));
    }
    return `${summary(samples)}  pack CPU ${((cpuMs(h.pid) - cpu0) / calls).toFixed(3)} ms/call`;
}

/** The pack's Analyze handler in this process: @pulumi/policy's server function, no gRPC, no child. */
async function inProcessLatency(resources: EngineResource[], calls: number): Promise<string> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { makeAnalyzeRpcFun } = require("@pulumi/policy/server");
    const handler = makeAnalyzeRpcFun(packName, "0.1.0", "advisory", packPolicies());
    const requests = resources.map(analyzeRequest);
    const call = (request: unknown) => new Promise((resolve, reject) =>
        handler({ request }, (err: Error | undefined, resp: unknown) => (err ? reject(err) : resolve(resp))));
    for (let i = 0; i < Math.min(2000, calls); i++) {
        await call(requests[i % requests.length]);
    }
    const samples: number[] = [];
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < calls; i++) {
        const t0 = now();
        await call(requests[i % requests.length]);
        samples.push(msSince(t0));
    }
    const cpu = process.cpuUsage(cpu0);
    return `${summary(samples)}  CPU ${((cpu.user + cpu.system) / 1000 / calls).toFixed(3)} ms/call`;
}

async function analyze(calls: number): Promise<void> {
    const resources = exampleResources();
    console.log(`\n## Analyze latency per call, ${calls} calls over the ${resources.length} example resources (after a warm-up)`);
    const empty = await PolicyPackHarness.start({ packDir: emptyPack() });
    try {
        console.log(`empty pack (gRPC + @pulumi/policy floor)  ${await analyzeLatency(empty, resources, calls)}`);
    } finally {
        await empty.close();
    }
    const h = await PolicyPackHarness.start({ packDir: packRoot });
    try {
        console.log(`this pack, ${h.info.policies.length} policies, via gRPC   ${await analyzeLatency(h, resources, calls)}`);
    } finally {
        await h.close();
    }
    console.log(`this pack's handler, in process         ${await inProcessLatency(resources, calls)}`);
}

async function analyzeStack(sizes: number[]): Promise<number | undefined> {
    const base = exampleResources();
    console.log(`\n## AnalyzeStack, synthetic stacks of renamed copies of the ${base.length} example resources`);
    const h = await PolicyPackHarness.start({ packDir: packRoot });
    try {
        // Warm-up, so that the first size does not pay for compiling the policies.
        await h.analyzeStack(syntheticStack(base, 1000));
        let previous: { size: number; ms: number } | undefined;
        const cpuPer1000: number[] = [];
        for (const size of sizes) {
            if (previous && (previous.ms / 1000) * (size / previous.size) ** 2 > 600) {
                console.log(`${String(size).padStart(6)} resources: skipped (quadratic growth from ${previous.size} would take ` +
                    `over 10 minutes)`);
                continue;
            }
            const rs = syntheticStack(base, size);
            let t0 = now();
            const request = new pb.AnalyzeStackRequest();
            request.setResourcesList(rs.map(stackResource));
            const buildMs = msSince(t0);
            // What grpc-js does in the pack before any policy runs: decode the request with google-protobuf.
            const bytes = request.serializeBinary();
            t0 = now();
            pb.AnalyzeStackRequest.deserializeBinary(bytes);
            const decodeMs = msSince(t0);
            const cpu0 = cpuMs(h.pid);
            t0 = now();
            const { findings } = await h.analyzeStack(rs);
            const ms = msSince(t0);
            const cpu = cpuMs(h.pid) - cpu0;
            cpuPer1000.push((cpu / size) * 1000);
            console.log(`${String(size).padStart(6)} resources: ${ms.toFixed(0).padStart(6)} ms wall ` +
                `(${((ms / size) * 1000).toFixed(0).padStart(5)} per 1,000, ${buildMs.toFixed(0)} of it building the request ` +
                `in the harness); pack CPU ${cpu.toFixed(0).padStart(6)} ms (${((cpu / size) * 1000).toFixed(0).padStart(5)} per 1,000); ` +
                `${findings.length} findings; pack peak RSS ${mb(h.peakRssBytes())}; decoding the ${mb(bytes.length)} ` +
                `request alone (google-protobuf, measured here) ${decodeMs.toFixed(0)} ms`);
            previous = { size, ms };
        }
        if (cpuPer1000.length > 1) {
            const ratio = cpuPer1000[cpuPer1000.length - 1] / cpuPer1000[0];
            console.log(`growth: pack CPU per 1,000 resources at the largest size is ${ratio.toFixed(2)}x that at the ` +
                `smallest: ${ratio <= 1.5 ? "linear" : "faster than linear"}`);
        }
        return h.peakRssBytes();
    } finally {
        await h.close();
    }
}

interface CpuProfile {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
    samples: number[];
    timeDeltas: number[];
}

/** Self time per function, and total time per file group, from a .cpuprofile. */
function summarizeProfile(file: string): void {
    const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byFunction = new Map<string, number>();
    const byPlace = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
        const us = self.get(node.id) ?? 0;
        if (node.callFrame.functionName === "(idle)") {
            continue;
        }
        total += us;
        const url = node.callFrame.url.replace(/^file:\/\//, "");
        const rel = url.startsWith(packRoot) ? path.relative(packRoot, url) : url;
        const key = `${node.callFrame.functionName || "(anonymous)"} ${rel ? `${rel}:${node.callFrame.lineNumber + 1}` : ""}`;
        byFunction.set(key, (byFunction.get(key) ?? 0) + us);
        const place = /node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(rel)?.[1] ?? (rel.startsWith("dist/") ? `pack ${rel.split("/")[1]}` : rel || node.callFrame.functionName);
        byPlace.set(place, (byPlace.get(place) ?? 0) + us);
    }
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n)
        .map(([k, us]) => `  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`).join("\n");
    console.log(`busy ${(total / 1000).toFixed(0)} ms; self time by package:\n${top(byPlace, 8)}\nby function:\n${top(byFunction, 15)}`);
}

async function profileRun(label: string, work: (h: PolicyPackHarness) => Promise<void>): Promise<void> {
    const dir = tempDir("bench-prof-");
    // --cpu-prof writes its file at a normal exit; the harness stops the pack with SIGTERM, so exit on it.
    const preload = path.join(dir, "exit-on-sigterm.js");
    fs.writeFileSync(preload, 'process.on("SIGTERM", () => process.exit(0));\n');
    const h = await PolicyPackHarness.start({ packDir: packRoot, execArgv: ["--cpu-prof", "--cpu-prof-dir", dir, "--require", preload] });
    const t0 = now();
    await work(h);
    const ms = msSince(t0);
    await h.close();
    const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    console.log(`\n## Profile of the pack process (node --cpu-prof), start-up included: ${label} (${ms.toFixed(0)} ms)`);
    if (!file) {
        console.log("no profile was written");
        return;
    }
    tempDirs.splice(tempDirs.indexOf(dir), 1);
    console.log(`profile: ${path.join(dir, file)} (kept)`);
    summarizeProfile(path.join(dir, file));
}

async function profile(calls: number, size: number): Promise<void> {
    const resources = exampleResources();
    await profileRun(`${calls} Analyze calls`, async (h) => { await analyzeLatency(h, resources, calls); });
    const stack = syntheticStack(resources, size);
    await profileRun(`AnalyzeStack of ${size} resources`, async (h) => { await h.analyzeStack(stack); });
}

async function main(): Promise<void> {
    const runs = wholeNumber("runs", 3);
    const calls = wholeNumber("calls", 20000);
    const sizes = arg("sizes", "1000,10000,50000").split(",").map(Number);
    if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
        throw new Error("--sizes takes whole numbers separated by commas");
    }
    console.log(`# azure-shared-responsibility benchmark (node ${process.version}, ${os.cpus()[0]?.model ?? "?"}, ` +
        `${os.cpus().length} CPUs)`);
    if (process.argv.includes("--profile")) {
        await profile(calls, sizes[0]);
        return;
    }
    await startup(runs);
    await analyze(calls);
    const peak = await analyzeStack(sizes);
    console.log(`\n## Peak RSS of the pack process (VmHWM) after the largest stack: ${mb(peak)}`);
}

if (require.main === module) {
    main().then(() => undefined, (e) => {
        console.error(`bench: ${e.message}`);
        process.exitCode = 1;
    }).finally(() => tempDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
}
