/**
 * Benchmark of the pack run the way `pulumi preview --policy-pack` runs it (lib/engine/pack-process.ts and session.ts: run-policy-pack in a
 * child process, the Analyzer protocol over gRPC). Prints figures; it is not a test. Every figure of this pack has the
 * empty pack's (the floor: what run-policy-pack and @pulumi/policy cost any pack) beside it, measured in the same run.
 *
 *   npm run bench [-- --json] [--only startup,analyze,stack,scan,install,preview,soak] [--ts-node] [--runs 3] [--calls 20000]
 *                    [--sizes 1000,10000,50000] [--scan-sizes 10000] [--preview-resources 200] [--profile]
 *                    [--soak-only] [--soak-scans 1000] [--soak-seed n] [--soak-first i] [--soak-jobs 2] [--soak-spawn]
 *
 * --json prints one JSON object on stdout (the text goes to stderr): startup, analyze, analyzeStack[size], scan[size],
 * install and preview, as the parts below measure them.
 *
 * - startup: spawn -> port printed, and -> ready (Handshake, ConfigureStack, GetAnalyzerInfo, Configure
 *   answered), for an empty pack and the compiled entry point that ships (dist/index.js); with --ts-node, also the
 *   TypeScript source under ts-node (index.ts);
 * - analyze: Analyze latency and the pack process's CPU per call, all policies, over the resources of
 *   examples/stack-exports (insecure and secure), next to the same calls to the empty pack, and to the pack's
 *   Analyze handler called in this process (no gRPC);
 * - stack: AnalyzeStack for synthetic stacks made of copies of the example resources, each copy renamed (URNs and
 *   Azure names) with its dependencies and property dependencies pointing into the same copy; each size in a fresh
 *   process (its peak RSS, VmHWM, is that size's), the empty pack then this pack;
 * - scan: a whole `azure-srm scan --format json` of a synthetic stack export of that many resources, with this pack
 *   and with the empty pack;
 * - install: `npm pack`, then a production install of the tarball in a clean directory (scripts/bench-install.ts);
 * - preview: `pulumi preview` through the real CLI and the e2e stand-in provider of a generated program, without a
 *   pack, with the empty pack and with this pack (e2e/bench-preview.ts; builds the CLI on first use);
 * - a soak: --soak-scans (default 1,000; 0 skips it) scans of stack exports fuzzed from examples/stack-exports with a
 *   seeded PRNG (fast-check; --soak-seed, printed), --soak-jobs at a time, each through `runCli(["scan", ...])` in this
 *   process (the function dist/bin/azure-srm.js calls; it starts the pack as a child process) or, with --soak-spawn,
 *   the binary itself. It fails (and the bench exits non-zero) on an exit code other than 0, 1 or 2, a scan that
 *   hangs, a child process left behind or open file descriptors that grew; failing exports are kept for replay.
 *   --soak-only runs the soak alone.
 * --profile instead runs the pack under `node --cpu-prof` (Analyze calls, then AnalyzeStack of the first size) and
 * prints where its time goes.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { runCli } from "../lib/cli/cli";
import { scan as runScan } from "../lib/cli/scan";
import { measureInstall } from "./bench-install";
import { sig, sigKey, unknownValue } from "../lib/core/wire";
import { decodablePolicyName, installSecretRecorder } from "../lib/engine/decode-guard";
import { dispatcher, invoke, registryScope } from "../lib/engine/dispatch";
import { packPolicies } from "../lib/engine/pack";
import type { FormatName } from "../lib/reports/formats";
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

function wholeNumber(name: string, fallback: number, least = 1): number {
    const n = Number(arg(name, String(fallback)));
    if (!Number.isInteger(n) || n < least) {
        throw new Error(`--${name} takes a whole number of at least ${least}`);
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
const round = (x: number, digits = 0) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

/** What `--json` prints: every figure of the run, the floor (the empty pack) measured in the same run beside each. */
interface Figures {
    machine: { node: string; cpu: string; cpus: number };
    startup?: { floorReadyMs: number | null; packReadyMs: number | null; tsNodeReadyMs: number | null; ratio: number | null };
    analyze?: { floorCpuMsPerCall: number | null; packCpuMsPerCall: number | null; floorP99Ms: number | null;
        packP99Ms: number | null; policies: number; cpuRatio: number | null };
    analyzeStack: Record<string, { floorCpuMs: number | null; packCpuMs: number | null; floorWallMs: number | null;
        packWallMs: number | null; floorPeakRssMb: number | null; peakRssMb: number | null; cpuRatio: number | null;
        rssRatio: number | null; findings: number }>;
    install?: { packedKb: number | null; installedMb: number | null; installMs: number | null };
    scan: Record<string, { floorMs: number | null; packMs: number | null; ratio: number | null; findings: number }>;
    preview?: { resources: number; withoutPackMs: number | null; emptyPackMs: number | null; withPackMs: number | null;
        ratioToEmptyPack: number | null; ratioToNoPack: number | null };
}
const figures: Figures = {
    machine: { node: process.version, cpu: os.cpus()[0]?.model ?? "?", cpus: os.cpus().length }, analyzeStack: {}, scan: {},
};

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

/** Renames, in any value, the path segments that are Azure names of the examples, for copy number `copy`. */
function renamer(names: ReadonlySet<string>, copy: number): (v: unknown) => any {
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
    return rename;
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
        const rename = renamer(names, copy);
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

/**
 * A stack export of `size` resources made as syntheticStack makes a stack: renamed copies of the example exports'
 * resources (the stack resource itself once), as `pulumi stack export` writes them.
 */
function syntheticExport(size: number, file: string): void {
    const docs = ["insecure", "secure"].map((n) => JSON.parse(fs.readFileSync(path.join(exampleDir, `${n}.json`), "utf8")));
    const raw: Record<string, any>[] = docs.flatMap((d) => d.deployment.resources);
    const root = raw.find((r) => r.type === "pulumi:pulumi:Stack");
    const base = raw.filter((r) => r.type !== "pulumi:pulumi:Stack");
    const names = azureNames(base.map((r) => ({ type: r.type, name: "", urn: r.urn, props: r.inputs ?? {} })));
    const out: Record<string, unknown>[] = root ? [root] : [];
    for (let copy = 0; out.length < size + (root ? 1 : 0); copy++) {
        const urn = (u: string) => (u === root?.urn ? u : `${u}-${copy}`);
        const rename = renamer(names, copy);
        for (const r of base) {
            if (out.length === size + (root ? 1 : 0)) {
                break;
            }
            out.push({
                ...r, urn: urn(r.urn), inputs: rename(r.inputs ?? {}), ...(r.outputs ? { outputs: rename(r.outputs) } : {}),
                ...(r.parent ? { parent: urn(r.parent) } : {}),
                dependencies: (r.dependencies ?? []).map(urn),
                propertyDependencies: Object.fromEntries(Object.entries(r.propertyDependencies ?? {})
                    .map(([k, us]) => [k, (us as string[]).map(urn)])),
            });
        }
    }
    fs.writeFileSync(file, JSON.stringify({ version: 3, deployment: { ...docs[0].deployment, resources: out } }));
}

async function startup(runs: number): Promise<void> {
    console.log(`\n## Start-up: spawn -> port printed -> ready (Configure answered); median of ${runs} runs`);
    const variants: [string, string, string | undefined][] = [
        ["empty pack (the floor)", emptyPack(), undefined],
        ["compiled (dist/index.js)", packRoot, undefined],
        // --ts-node adds the source under ts-node, which type-checks the whole pack (and azure-native's types) first: with
        // 237 policies it printed no port within 2 minutes on 2 cores. Not how the pack runs (the CLI runs dist/index.js).
        ...(process.argv.includes("--ts-node") ? [["ts-node (index.ts)", packRoot, "index.ts"] as [string, string, string]] : []),
    ];
    const readyMs: number[] = [];
    for (const [label, packDir, entryPoint] of variants) {
        const port: number[] = [];
        const ready: number[] = [];
        const rss: number[] = [];
        let policies = 0;
        for (let i = 0; i < runs; i++) {
            const h = await PolicyPackHarness.start({ packDir, entryPoint, timeoutMs: entryPoint ? 600_000 : 120_000 });
            port.push(h.startup.portMs);
            ready.push(h.startup.readyMs);
            rss.push(h.peakRssBytes() ?? NaN);
            policies = h.info.policies.length;
            await h.close();
        }
        readyMs.push(median(ready));
        console.log(`${label.padEnd(26)} port ${median(port).toFixed(0).padStart(5)} ms   ready ${median(ready).toFixed(0).padStart(5)} ms` +
            `   ${String(policies).padStart(2)} policies   peak RSS ${mb(median(rss))}`);
    }
    figures.startup = { floorReadyMs: round(readyMs[0]), packReadyMs: round(readyMs[1]), tsNodeReadyMs: readyMs[2] === undefined ? null : round(readyMs[2]),
        ratio: round(readyMs[1] / readyMs[0], 2) };
    console.log(`compiled pack ready / floor: ${figures.startup.ratio}x`);
}

function summary(samples: number[]): string {
    const s = [...samples].sort((a, b) => a - b);
    const f = (x: number) => `${x.toFixed(3)} ms`;
    return `p50 ${f(percentile(s, 50))}  p90 ${f(percentile(s, 90))}  p99 ${f(percentile(s, 99))}  max ${f(s[s.length - 1])}`;
}

interface Latency {
    text: string;
    cpuMsPerCall: number;
    p99Ms: number;
}

async function analyzeLatency(h: PolicyPackHarness, resources: EngineResource[], calls: number): Promise<Latency> {
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
    const cpuMsPerCall = (cpuMs(h.pid) - cpu0) / calls;
    return { text: `${summary(samples)}  pack CPU ${cpuMsPerCall.toFixed(3)} ms/call`, cpuMsPerCall,
        p99Ms: percentile([...samples].sort((a, b) => a - b), 99) };
}

/**
 * The pack's Analyze handler in this process, as the pack process serves it (the per-type dispatcher over
 * @pulumi/policy's handlers, the pack's decoder), no gRPC, no child.
 */
async function inProcessLatency(resources: EngineResource[], calls: number): Promise<string> {
    installSecretRecorder();
    const handler = dispatcher({ name: packName, version: "0.1.0", enforcementLevel: "advisory" }, packPolicies(), registryScope())!.analyze;
    const requests = resources.map(analyzeRequest);
    const call = (request: unknown) => invoke(handler, request);
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
    let floor: Latency;
    const empty = await PolicyPackHarness.start({ packDir: emptyPack() });
    try {
        floor = await analyzeLatency(empty, resources, calls);
        console.log(`empty pack (gRPC + @pulumi/policy floor)  ${floor.text}`);
    } finally {
        await empty.close();
    }
    let pack: Latency;
    let policies: number;
    const h = await PolicyPackHarness.start({ packDir: packRoot });
    try {
        policies = h.info.policies.length;
        pack = await analyzeLatency(h, resources, calls);
        console.log(`this pack, ${policies} policies, via gRPC   ${pack.text}`);
    } finally {
        await h.close();
    }
    console.log(`this pack's handler, in process         ${await inProcessLatency(resources, calls)}`);
    figures.analyze = {
        floorCpuMsPerCall: round(floor.cpuMsPerCall, 3), packCpuMsPerCall: round(pack.cpuMsPerCall, 3),
        floorP99Ms: round(floor.p99Ms, 3), packP99Ms: round(pack.p99Ms, 3), policies,
        cpuRatio: round(pack.cpuMsPerCall / floor.cpuMsPerCall, 2),
    };
    console.log(`pack CPU per call / floor: ${figures.analyze.cpuRatio}x`);
}

interface StackRun {
    ms: number;
    cpuMs: number;
    peakRss: number | undefined;
    findings: number;
}

/** One AnalyzeStack of `rs` in a fresh pack process (so that its peak RSS is this size's), after a warm-up. */
async function stackRun(packDir: string, warmUp: EngineResource[], rs: EngineResource[]): Promise<StackRun> {
    const h = await PolicyPackHarness.start({ packDir });
    try {
        // Warm-up, so that the measured call does not pay for compiling the policies.
        await h.analyzeStack(warmUp);
        const cpu0 = cpuMs(h.pid);
        const t0 = now();
        const { findings } = await h.analyzeStack(rs);
        const ms = msSince(t0);
        return { ms, cpuMs: cpuMs(h.pid) - cpu0, peakRss: h.peakRssBytes(), findings: findings.length };
    } finally {
        await h.close();
    }
}

async function analyzeStack(sizes: number[]): Promise<void> {
    const base = exampleResources();
    console.log(`\n## AnalyzeStack, synthetic stacks of renamed copies of the ${base.length} example resources; ` +
        "each size in a fresh process, the empty pack (the floor) then this pack");
    const warmUp = syntheticStack(base, 200);
    const floorDir = emptyPack();
    const cpuPer1000: number[] = [];
    for (const size of sizes) {
        const rs = syntheticStack(base, size);
        const request = new pb.AnalyzeStackRequest();
        request.setResourcesList(rs.map(stackResource));
        // What grpc-js does in the pack before any policy runs: decode the request with google-protobuf.
        const bytes = request.serializeBinary();
        const t0 = now();
        pb.AnalyzeStackRequest.deserializeBinary(bytes);
        const decodeMs = msSince(t0);
        const floor = await stackRun(floorDir, warmUp, rs);
        const pack = await stackRun(packRoot, warmUp, rs);
        cpuPer1000.push((pack.cpuMs / size) * 1000);
        const line = (label: string, r: StackRun) => `  ${label.padEnd(10)} ${r.ms.toFixed(0).padStart(6)} ms wall; CPU ` +
            `${r.cpuMs.toFixed(0).padStart(6)} ms (${((r.cpuMs / size) * 1000).toFixed(0).padStart(5)} per 1,000); peak RSS ` +
            `${mb(r.peakRss)}; ${r.findings} findings`;
        console.log(`${String(size).padStart(6)} resources (request ${mb(bytes.length)}; google-protobuf decodes it in ` +
            `${decodeMs.toFixed(0)} ms here):\n${line("floor", floor)}\n${line("this pack", pack)}\n  pack / floor: CPU ` +
            `${(pack.cpuMs / floor.cpuMs).toFixed(2)}x, peak RSS ${((pack.peakRss ?? NaN) / (floor.peakRss ?? NaN)).toFixed(2)}x`);
        figures.analyzeStack[String(size)] = {
            floorCpuMs: round(floor.cpuMs), packCpuMs: round(pack.cpuMs), floorWallMs: round(floor.ms), packWallMs: round(pack.ms),
            floorPeakRssMb: round((floor.peakRss ?? NaN) / 1048576), peakRssMb: round((pack.peakRss ?? NaN) / 1048576),
            cpuRatio: round(pack.cpuMs / floor.cpuMs, 2), rssRatio: round((pack.peakRss ?? NaN) / (floor.peakRss ?? NaN), 2),
            findings: pack.findings,
        };
    }
    if (cpuPer1000.length > 1) {
        const ratio = cpuPer1000[cpuPer1000.length - 1] / cpuPer1000[0];
        console.log(`growth: pack CPU per 1,000 resources at the largest size is ${ratio.toFixed(2)}x that at the ` +
            `smallest: ${ratio <= 1.5 ? "linear" : "faster than linear"}`);
    }
}

/** A whole `azure-srm scan` of a synthetic export, this pack against the empty pack; median of `runs`. */
async function scanBench(sizes: number[], runs: number): Promise<void> {
    console.log(`\n## azure-srm scan of a synthetic stack export (--format json to a file), this pack against an empty pack; median of ${runs}`);
    const dir = tempDir("bench-scan-");
    const floorDir = emptyPack();
    for (const size of sizes) {
        const file = path.join(dir, `export-${size}.json`);
        syntheticExport(size, file);
        const once = async (packDir: string | undefined) => {
            const t0 = now();
            await runScan({ input: file, format: "json", output: path.join(dir, "report.json"), ...(packDir ? { packDir } : {}) },
                { out: () => undefined, warn: () => undefined });
            const ms = msSince(t0);
            const report = JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8"));
            return { ms, findings: Array.isArray(report.findings) ? report.findings.length : 0 };
        };
        const floor: number[] = [];
        const pack: number[] = [];
        let findings = 0;
        for (let i = 0; i < runs; i++) {
            floor.push((await once(floorDir)).ms);
            const r = await once(undefined);
            pack.push(r.ms);
            findings = r.findings;
        }
        const f = median(floor);
        const p = median(pack);
        figures.scan[String(size)] = { floorMs: round(f), packMs: round(p), ratio: round(p / f, 2), findings };
        console.log(`${String(size).padStart(6)} resources (${mb(fs.statSync(file).size)} export): empty pack ${f.toFixed(0)} ms, ` +
            `this pack ${p.toFixed(0)} ms (${(p / f).toFixed(2)}x), ${findings} findings`);
    }
}

async function installBench(): Promise<void> {
    console.log("\n## Install footprint: npm pack, then a production install from the tarball in a clean directory");
    const r = await measureInstall();
    figures.install = { packedKb: round(r.packedKb), installedMb: round(r.installedMb, 1), installMs: round(r.installMs) };
    console.log(`packed ${r.packedKb.toFixed(0)} KB; installed ${r.installedMb.toFixed(1)} MB in ${r.installMs.toFixed(0)} ms`);
}

/**
 * `pulumi preview` through the real CLI and the e2e tests' stand-ins (e2e/bench-preview.ts, run with ts-node as the
 * e2e tests are), of a generated program: without a pack, with the empty pack, with this pack.
 */
async function previewBench(resources: number, runs: number): Promise<void> {
    console.log(`\n## pulumi preview of a generated program of ${resources} resources (the e2e stand-in provider); median of ${runs}`);
    const script = path.join(packRoot, "e2e", "bench-preview.ts");
    const out = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", script, emptyPack(), String(resources), String(runs)],
            { cwd: packRoot, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, TS_NODE_PROJECT: path.join(packRoot, "e2e", "tsconfig.json") } });
        let text = "";
        child.stdout.on("data", (d: Buffer) => { text += d; });
        child.on("error", reject);
        child.on("close", (code) => (code === 0 ? resolve(text) : reject(new Error(`e2e/bench-preview.ts exited ${code}`))));
    });
    const p = JSON.parse(out.trim().split("\n").pop()!) as { resources: number; withoutPackMs: number; emptyPackMs: number; withPackMs: number };
    figures.preview = { ...p, ratioToEmptyPack: round(p.withPackMs / p.emptyPackMs, 2), ratioToNoPack: round(p.withPackMs / p.withoutPackMs, 2) };
    console.log(`without a pack ${p.withoutPackMs} ms; empty pack ${p.emptyPackMs} ms; this pack ${p.withPackMs} ms: ` +
        `${figures.preview.ratioToEmptyPack}x the empty pack, ${figures.preview.ratioToNoPack}x no pack`);
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

// ---------------------------------------------------------------------------------------------------------------
// Soak: many scans of fuzzed stack exports in one run. Each scan takes the CLI's path (`runCli(["scan", file])`, the
// function dist/bin/azure-srm.js calls, which starts the pack as a child process through the harness), or with
// --soak-spawn the binary itself. Fails on an exit code other than 0, 1 or 2 (3: the pack failed; a signal; a
// scan that hangs), on a child process left behind, or on open file descriptors that grew.

/** The engine's signature key and the special values it marks, as a stack export (or the engine) can carry them. */
const soakSig = {
    key: sigKey,
    secret: sig.secret,
    resourceReference: sig.resourceReference,
    asset: "c44067f5952c0a294b673a41bacd8c17",
    archive: "0def7320c3a5731c473e5ecbe6d01bc7",
    outputValue: "d0e6a833031e9bbcd3f4e8bde6ca49a4",
};

/** A string too large to keep in every plan: written out only when the export is. */
class Huge {
    constructor(readonly length: number, readonly unit: string) {}
}

const special = (sigValue: unknown, more: Record<string, unknown> = {}) => ({ [soakSig.key]: sigValue, ...more });

/** Values that go where the example exports have ordinary ones. */
const oddValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; leaf: unknown }>((tie) => ({
    leaf: fc.oneof(
        fc.constant(null),
        fc.boolean(),
        fc.integer(),
        fc.double(),
        fc.string({ unit: "grapheme", maxLength: 30 }),
        fc.string({ unit: "binary", maxLength: 12 }),
        fc.constantFrom(unknownValue, "", "0", "true", "Allow", "Internet", "*", "0.0.0.0/0", "TLS1_0", "Disabled"),
        fc.integer({ min: 100_000, max: 1_500_000 }).chain((n) =>
            fc.constantFrom("a", "é", "😀", "\u0000", "\"", "\\").map((u) => new Huge(n, u))),
    ),
    value: fc.oneof(
        { weight: 6, arbitrary: tie("leaf") },
        // secrets as `pulumi stack export` writes them, with and without --show-secrets, and malformed
        { weight: 2, arbitrary: tie("leaf").map((v) => special(soakSig.secret, { value: v })) },
        { weight: 1, arbitrary: fc.constantFrom(
            special(soakSig.secret, { ciphertext: "v1:AAAAbase64AAAA" }), special(soakSig.secret),
            special(soakSig.secret, { plaintext: "not json {" }), special(soakSig.secret, { plaintext: "\"Allow\"" }),
            special(soakSig.secret, { plaintext: 42 })) },
        // what @pulumi/policy cannot decode, and its neighbours
        { weight: 2, arbitrary: fc.constantFrom(
            special(soakSig.asset, { hash: "e3b0c442", text: "" }), special(soakSig.asset, { text: "x" }),
            special(soakSig.asset, { path: "" }), special(soakSig.asset, { uri: "https://example.com/x" }), special(soakSig.asset),
            special(soakSig.archive, { assets: { a: special(soakSig.asset, { text: "" }) } }),
            special(soakSig.archive, { assets: { a: "not an asset" } }), special(soakSig.archive, { path: "./dir" }),
            special(soakSig.archive),
            special(soakSig.resourceReference, { urn: "urn:pulumi:dev::app::azure-native:resources:ResourceGroup::rg", id: "/subscriptions/0/resourceGroups/rg", packageVersion: "3.28.0" }),
            special(soakSig.resourceReference, { urn: "urn:pulumi:dev::app::x:y:Z::z" }),
            special(soakSig.outputValue, { value: "x", secret: false, dependencies: [] }), special(soakSig.outputValue),
            special("0123456789abcdef0123456789abcdef"), special(7), special(null), special(""),
            special(soakSig.secret, { value: special(soakSig.asset, { text: "" }) })) },
        { weight: 2, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
        { weight: 2, arbitrary: fc.dictionary(
            fc.oneof(fc.string({ unit: "grapheme", maxLength: 12 }),
                fc.constantFrom("__proto__", "constructor", "toString", "", soakSig.key, "enabled", "name", "id")),
            tie("value"), { maxKeys: 4 }) },
        // deep-ish nesting: arrays and objects alternating, a leaf at the bottom
        { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 10, max: 120 }), tie("leaf")).map(([depth, leaf]) => {
            let v: unknown = leaf;
            for (let d = 0; d < depth; d++) {
                v = d % 2 === 0 ? [v] : { [`k${d}`]: v };
            }
            return v;
        }) },
    ),
})).value;

type SoakOp =
    /** Sets (or adds) a value somewhere inside a resource's inputs or outputs; `walk` picks the place. */
    | { op: "set"; resource: number; where: "inputs" | "outputs"; walk: number[]; key: string | undefined; value: unknown }
    /** Sets one of a resource's own fields to an odd value, or deletes it (`value` undefined). */
    | { op: "field"; resource: number; field: string; value: unknown }
    /** A copy of a resource: under the same URN, renamed, or the same URN pending deletion (as after a replace). */
    | { op: "duplicate"; resource: number; as: "same" | "renamed" | "pending-delete" }
    | { op: "drop"; resource: number };

/** Breaks the document itself: expected to be refused as bad input (exit 2). */
interface SoakBreak {
    how: "version" | "resources" | "deployment" | "truncate" | "not-json" | "empty";
    value: unknown;
}

interface SoakPlan {
    base: "insecure" | "secure";
    /** Give every resource outputs (a copy of its inputs) before mutating, as a deployed stack's export has. */
    outputs: boolean;
    ops: SoakOp[];
    /** In about one plan in twelve. */
    broken: SoakBreak | undefined;
    format: FormatName;
}

const resourceFields = ["urn", "type", "inputs", "outputs", "parent", "dependencies", "propertyDependencies", "custom",
    "provider", "id", "protect", "aliases"];

export const soakPlan: fc.Arbitrary<SoakPlan> = fc.record({
    base: fc.constantFrom("insecure" as const, "secure" as const),
    outputs: fc.boolean(),
    ops: fc.array(fc.oneof(
        { weight: 12, arbitrary: fc.record({
            op: fc.constant("set" as const), resource: fc.nat(), where: fc.constantFrom("inputs" as const, "outputs" as const),
            walk: fc.array(fc.nat(), { maxLength: 5 }), key: fc.option(fc.oneof(fc.string({ unit: "grapheme", maxLength: 10 }),
                fc.constantFrom("__proto__", soakSig.key, "enableHttpsTrafficOnly", "securityRules")), { nil: undefined }),
            value: oddValue,
        }) },
        { weight: 2, arbitrary: fc.record({
            op: fc.constant("field" as const), resource: fc.nat(), field: fc.constantFrom(...resourceFields),
            value: fc.option(oddValue, { nil: undefined }),
        }) },
        { weight: 2, arbitrary: fc.record({
            op: fc.constant("duplicate" as const), resource: fc.nat(),
            as: fc.constantFrom("same" as const, "renamed" as const, "pending-delete" as const),
        }) },
        { weight: 1, arbitrary: fc.record({ op: fc.constant("drop" as const), resource: fc.nat() }) },
    ), { minLength: 1, maxLength: 6 }),
    broken: fc.oneof(
        { weight: 11, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.record({
            how: fc.constantFrom("version" as const, "resources" as const, "deployment" as const, "truncate" as const,
                "not-json" as const, "empty" as const),
            value: fc.oneof(fc.constantFrom(2, 5, "3", null, [], {}), oddValue),
        }) },
    ),
    format: fc.constantFrom<FormatName>("json", "json", "json", "json", "json", "text", "sarif", "junit"),
});

/** Sets `o[k] = v` as a data property, even for `__proto__`. */
function put(o: Record<string, unknown>, k: string, v: unknown): void {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** Follows `walk` into `root` (each step an index into the keys or items there) and sets a value at the end. */
function setInside(root: Record<string, unknown>, walk: number[], key: string | undefined, value: unknown): void {
    let here: unknown = root;
    for (const step of walk) {
        const keys = Array.isArray(here) ? here.map((_, i) => i) : here !== null && typeof here === "object" ? Object.keys(here) : [];
        const next = keys.length > 0 ? (here as Record<string | number, unknown>)[keys[step % keys.length]] : undefined;
        if (next === null || typeof next !== "object") {
            break;
        }
        here = next;
    }
    if (Array.isArray(here)) {
        here[here.length > 0 && key === undefined ? walk.length % here.length : here.length] = value;
    } else if (here !== null && typeof here === "object") {
        const keys = Object.keys(here);
        put(here as Record<string, unknown>, key ?? (keys.length > 0 ? keys[walk.length % keys.length] : "added"), value);
    }
}

/** A deep copy that keeps `Huge` placeholders (and `__proto__` keys) as they are. */
function clone(v: unknown): unknown {
    if (v instanceof Huge || v === null || typeof v !== "object") {
        return v;
    }
    return Array.isArray(v) ? v.map(clone) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]));
}

/** The export a plan makes of its base, as the text of the file to scan. */
export function fuzzedExport(plan: SoakPlan): string {
    const doc = JSON.parse(fs.readFileSync(path.join(exampleDir, `${plan.base}.json`), "utf8"));
    const resources: Record<string, unknown>[] = doc.deployment.resources;
    if (plan.outputs) {
        for (const r of resources) {
            r.outputs = JSON.parse(JSON.stringify(r.inputs ?? {}));
        }
    }
    for (const op of plan.ops) {
        const list: Record<string, unknown>[] = Array.isArray(doc.deployment?.resources) ? doc.deployment.resources : [];
        const r = list.length > 0 && "resource" in op ? list[op.resource % list.length] : undefined;
        switch (op.op) {
            case "set":
                if (r) {
                    if (r[op.where] === null || typeof r[op.where] !== "object") {
                        r[op.where] = {};
                    }
                    setInside(r[op.where] as Record<string, unknown>, op.walk, op.key, op.value);
                }
                break;
            case "field":
                if (r) {
                    if (op.value === undefined) {
                        delete r[op.field];
                    } else {
                        r[op.field] = op.value;
                    }
                }
                break;
            case "duplicate":
                if (r) {
                    const copy = clone(r) as Record<string, unknown>;
                    if (op.as === "renamed" && typeof copy.urn === "string") {
                        copy.urn = `${copy.urn}-copy`;
                    } else if (op.as === "pending-delete") {
                        copy.delete = true;
                    }
                    list.push(copy);
                }
                break;
            case "drop":
                if (r) {
                    list.splice(list.indexOf(r), 1);
                }
                break;
        }
    }
    const broken = plan.broken;
    if (broken?.how === "version") {
        doc.version = broken.value;
    } else if (broken?.how === "resources") {
        doc.deployment.resources = broken.value;
    } else if (broken?.how === "deployment") {
        doc.deployment = broken.value;
    }
    const text = JSON.stringify(doc, (_k, v) => (v instanceof Huge ? v.unit.repeat(v.length) : v));
    return broken?.how === "truncate" ? text.slice(0, Math.floor(text.length / 2))
        : broken?.how === "not-json" ? "version: 3\ndeployment: {}\n"
            : broken?.how === "empty" ? "" : text;
}

/** This process's children (Linux), zombies included. */
function childPids(): number[] {
    const pids: number[] = [];
    for (const task of fs.readdirSync("/proc/self/task")) {
        try {
            pids.push(...fs.readFileSync(`/proc/self/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
        } catch {
            // the thread ended
        }
    }
    return pids;
}

/** Processes whose process group is `pgid` (Linux). */
function groupMembers(pgid: number): number[] {
    const out: number[] = [];
    for (const entry of fs.readdirSync("/proc")) {
        if (!/^\d+$/.test(entry)) {
            continue;
        }
        try {
            const fields = fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ");
            if (Number(fields[2]) === pgid && fields[0] !== "Z") {
                out.push(Number(entry));
            }
        } catch {
            // it exited meanwhile
        }
    }
    return out;
}

const openFds = () => fs.readdirSync("/proc/self/fd").length;
const rssMb = () => (process.memoryUsage().rss / 1048576).toFixed(0);

interface ScanOutcome {
    /** 0, 1, 2, 3, `signal SIGxxx`, or `hung`. */
    exit: string;
    stderr: string;
    /** pack-decodable-properties findings, when the report is JSON. */
    decodeFindings: number;
    /** Processes of the scan still running after it ended (--soak-spawn only; in-process, see childPids). */
    leftBehind: number[];
}

const scanTimeoutMs = 120_000;

async function scanInProcess(file: string, format: FormatName): Promise<ScanOutcome> {
    let out = "";
    let err = "";
    const io = { out: (s: string) => { out += s; }, err: (s: string) => { err += s; } };
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<"hung">((resolve) => { timer = setTimeout(() => resolve("hung"), scanTimeoutMs); });
    const code = await Promise.race([runCli(["scan", file, "--format", format], io), hung]);
    clearTimeout(timer);
    return { exit: String(code), stderr: err, decodeFindings: decodeFindingsIn(out, format), leftBehind: [] };
}

async function scanSpawned(file: string, format: FormatName): Promise<ScanOutcome> {
    // Its own process group, so that whatever it starts (the pack) can be found after it exits.
    const child = spawn(process.execPath, [path.join(packRoot, "dist", "bin", "azure-srm.js"), "scan", file, "--format", format],
        { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => { out += d; });
    child.stderr.setEncoding("utf8").on("data", (d: string) => { err += d; });
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        process.kill(-child.pid!, "SIGKILL");
    }, scanTimeoutMs);
    const exit = await new Promise<string>((resolve) => child.on("close", (code, signal) =>
        resolve(timedOut ? "hung" : signal ? `signal ${signal}` : String(code))));
    clearTimeout(timer);
    const leftBehind = groupMembers(child.pid!);
    for (const pid of leftBehind) {
        process.kill(pid, "SIGKILL");
    }
    return { exit, stderr: err, decodeFindings: decodeFindingsIn(out, format), leftBehind };
}

function decodeFindingsIn(out: string, format: FormatName): number {
    if (format !== "json" || out === "") {
        return 0;
    }
    try {
        return (JSON.parse(out).findings as { policy: string }[]).filter((f) => f.policy === decodablePolicyName).length;
    } catch {
        return -1; // not JSON: counted as a failure below
    }
}

export interface SoakOptions {
    scans: number;
    seed: number;
    first: number;
    jobs: number;
    spawned: boolean;
}

/** Runs the soak; prints its figures; returns whether it passed. */
export async function soak(o: SoakOptions): Promise<boolean> {
    const how = o.spawned ? "node dist/bin/azure-srm.js scan, one process each" : "runCli scan in this process";
    console.log(`\n## Soak: ${o.scans} scans of fuzzed stack exports (seed ${o.seed}${o.first ? `, from scan ${o.first}` : ""}, ` +
        `${o.jobs} at a time, ${how})`);
    // One scan first, so that what stays open once loaded (modules, the gRPC machinery) is not counted as growth.
    await scanInProcess(path.join(exampleDir, "secure.json"), "json");
    // Failing exports are kept here; the directory goes once the soak passed.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "azure-srm-soak-"));
    try {
        return await soakIn(dir, o);
    } finally {
        if (fs.readdirSync(dir).length === 0) {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }
}

async function soakIn(dir: string, o: SoakOptions): Promise<boolean> {
    const fdsBefore = openFds();
    const rssBefore = rssMb();
    const exits = new Map<string, number>();
    const failures: string[] = [];
    let decodeFindings = 0;
    let leftBehind = 0;
    let maxFds = fdsBefore;
    let inFlight = 0;
    let next = o.first;
    const end = o.first + o.scans;
    const t0 = now();
    const worker = async () => {
        while (next < end) {
            const i = next++;
            // Each scan's plan depends only on the seed and its index: `--soak-first i --soak-scans 1` replays it.
            const [plan] = fc.sample(soakPlan, { seed: (o.seed + Math.imul(i, 0x9e3779b1)) | 0, numRuns: 1 });
            const file = path.join(dir, `scan-${i}.json`);
            fs.writeFileSync(file, fuzzedExport(plan));
            inFlight++;
            const r = await (o.spawned ? scanSpawned(file, plan.format) : scanInProcess(file, plan.format));
            inFlight--;
            // Each scan still running has at most one child (its pack, or the CLI); more means one was left behind.
            const extraChildren = childPids().length - inFlight;
            exits.set(r.exit, (exits.get(r.exit) ?? 0) + 1);
            decodeFindings += Math.max(0, r.decodeFindings);
            leftBehind += r.leftBehind.length;
            maxFds = Math.max(maxFds, openFds());
            const problems = [
                ...(["0", "1", "2"].includes(r.exit) ? [] : [`exit ${r.exit}`]),
                ...(r.decodeFindings < 0 ? ["--format json printed something that is not JSON"] : []),
                ...(r.leftBehind.length > 0 ? [`left ${r.leftBehind.length} process(es) running`] : []),
                ...(extraChildren > 0 ? [`${extraChildren} more child process(es) than scans running`] : []),
            ];
            if (problems.length > 0) {
                failures.push(`scan ${i} (${plan.format}; kept: ${file}): ${problems.join(", ")}` +
                    (r.stderr.trim() ? `\n    ${r.stderr.trim().split("\n").slice(0, 6).join("\n    ")}` : ""));
            } else {
                fs.rmSync(file);
            }
            if ((i - o.first + 1) % 100 === 0) {
                console.log(`  ${i - o.first + 1} scans, ${(msSince(t0) / 1000).toFixed(0)} s, ${failures.length} failed`);
            }
        }
    };
    await Promise.all(Array.from({ length: o.jobs }, worker));
    const seconds = msSince(t0) / 1000;
    // The pack of an in-process scan is this process's child; it must be gone once the scan returns.
    const children = childPids();
    for (const pid of children) {
        process.kill(pid, "SIGKILL");
    }
    const fdsAfter = openFds();
    const fdTolerance = 3;
    if (children.length > 0) {
        failures.push(`${children.length} child process(es) still running after the last scan: ${children.join(", ")}`);
    }
    if (fdsAfter > fdsBefore + fdTolerance) {
        failures.push(`open file descriptors grew from ${fdsBefore} to ${fdsAfter} (tolerance ${fdTolerance})`);
    }
    const codes = ["0", "1", "2", "3", ...[...exits.keys()].filter((k) => !["0", "1", "2", "3"].includes(k)).sort()];
    const passed = failures.length === 0;
    console.log(`soak: ${o.scans} scans in ${seconds.toFixed(0)} s (${(seconds / o.scans).toFixed(2)} s each, ${o.jobs} at a time); ` +
        `exits ${codes.map((c) => `${c}: ${exits.get(c) ?? 0}`).join(", ")}; ` +
        `${decodeFindings} ${decodablePolicyName} finding(s); open fds ${fdsBefore} before, ${fdsAfter} after ` +
        `(at most ${maxFds} during); children left ${children.length + leftBehind}; RSS ${rssBefore} -> ${rssMb()} MB; ` +
        `seed ${o.seed}: ${passed ? "PASS" : "FAIL"}`);
    for (const f of failures.slice(0, 20)) {
        console.log(`  ${f}`);
    }
    if (failures.length > 20) {
        console.log(`  ... and ${failures.length - 20} more`);
    }
    if (!passed) {
        console.log(`failing exports kept in ${dir}; replay one with node dist/bin/azure-srm.js scan <file>, or the run with ` +
            `--soak-only --soak-seed ${o.seed} --soak-first <scan> --soak-scans 1`);
    }
    return passed;
}

/** The parts of the run, in order; `--only a,b` runs some of them. */
const parts = ["startup", "analyze", "stack", "scan", "install", "preview", "soak"] as const;

async function main(): Promise<void> {
    const json = process.argv.includes("--json");
    if (json) {
        // The text goes to stderr, so that stdout holds the one JSON object.
        console.log = (...a: unknown[]) => process.stderr.write(`${a.map(String).join(" ")}\n`);
    }
    const runs = wholeNumber("runs", 3);
    const calls = wholeNumber("calls", 20000);
    const sizes = arg("sizes", "1000,10000,50000").split(",").map(Number);
    const scanSizes = arg("scan-sizes", "10000").split(",").map(Number);
    const previewResources = wholeNumber("preview-resources", 200);
    if ([...sizes, ...scanSizes].some((n) => !Number.isInteger(n) || n < 1)) {
        throw new Error("--sizes and --scan-sizes take whole numbers separated by commas");
    }
    const only = arg("only", parts.join(",")).split(",");
    const unknownPart = only.find((p) => !(parts as readonly string[]).includes(p));
    if (unknownPart !== undefined) {
        throw new Error(`--only takes some of ${parts.join(", ")}; got "${unknownPart}"`);
    }
    const soakOptions: SoakOptions = {
        scans: wholeNumber("soak-scans", 1000, 0),
        seed: process.argv.includes("--soak-seed") ? wholeNumber("soak-seed", 0, 0) : Math.floor(Math.random() * 2 ** 31),
        first: wholeNumber("soak-first", 0, 0),
        jobs: wholeNumber("soak-jobs", Math.min(2, os.cpus().length)),
        spawned: process.argv.includes("--soak-spawn"),
    };
    console.log(`# azure-shared-responsibility benchmark (node ${process.version}, ${os.cpus()[0]?.model ?? "?"}, ` +
        `${os.cpus().length} CPUs)`);
    if (process.argv.includes("--profile")) {
        await profile(calls, sizes[0]);
        return;
    }
    const run = (part: (typeof parts)[number]) => only.includes(part) && !process.argv.includes("--soak-only");
    if (run("startup")) {
        await startup(runs);
    }
    if (run("analyze")) {
        await analyze(calls);
    }
    if (run("stack")) {
        await analyzeStack(sizes);
    }
    if (run("scan")) {
        await scanBench(scanSizes, runs);
    }
    if (run("install")) {
        await installBench();
    }
    if (run("preview")) {
        await previewBench(previewResources, runs);
    }
    if (json) {
        process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    }
    if ((only.includes("soak") || process.argv.includes("--soak-only")) && soakOptions.scans > 0 && !(await soak(soakOptions))) {
        throw new Error("the soak failed (see above)");
    }
}

if (require.main === module) {
    main().then(() => undefined, (e) => {
        console.error(`bench: ${e.message}`);
        process.exitCode = 1;
    }).finally(() => tempDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
}
