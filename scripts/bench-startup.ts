/**
 * Start-up benchmark: how long `pulumi preview --policy-pack` waits for this pack before it can analyze.
 * Starts the pack the way the Node.js language host does (`@pulumi/pulumi/cmd/run-policy-pack <engine> <program>`
 * in the pack's directory) and times spawn -> the gRPC port printed on stdout -> GetAnalyzerInfo answered.
 * Compares the compiled entry point (what ships) with the TypeScript source under ts-node, and with an empty
 * pack: the floor that run-policy-pack (which loads @pulumi/pulumi and TypeScript itself) costs any pack.
 *
 *   npm run bench:startup [-- --runs N]
 */
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { packRoot } from "../lib/registry";

/* eslint-disable @typescript-eslint/no-require-imports */
const grpc = require("@grpc/grpc-js");
const { AnalyzerClient } = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
const { Empty } = require("google-protobuf/google/protobuf/empty_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

const runPolicyPack = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [packRoot] });

interface Timing { portMs: number; infoMs: number; policies: number; rssMb: number }

function once(program: string, cwd = packRoot): Promise<Timing> {
    return new Promise((resolve, reject) => {
        const t0 = process.hrtime.bigint();
        const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
        const child: ChildProcess = spawn(process.execPath, [runPolicyPack, "127.0.0.1:1", program],
            { cwd, stdio: ["ignore", "pipe", "pipe"] });
        let stderr = "";
        let stdout = "";
        child.stderr!.on("data", (d) => { stderr += d; });
        child.on("exit", (code) => code && reject(new Error(`pack exited with ${code}:\n${stderr}`)));
        child.stdout!.on("data", (d) => {
            stdout += d;
            const m = /^(\d+)\s*$/m.exec(stdout);
            if (!m || child.listenerCount("exit") > 1) {
                return;
            }
            child.on("exit", () => undefined);
            const portMs = ms();
            const client = new AnalyzerClient(`127.0.0.1:${m[1]}`, grpc.credentials.createInsecure());
            client.getAnalyzerInfo(new Empty(), (err: Error | null, info: any) => {
                const infoMs = ms();
                const rssMb = readRssMb(child.pid!);
                client.close();
                child.kill();
                if (err) {
                    reject(err);
                } else {
                    resolve({ portMs, infoMs, policies: info.getPoliciesList().length, rssMb });
                }
            });
        });
    });
}

function readRssMb(pid: number): number {
    try {
        const status = fs.readFileSync(`/proc/${pid}/status`, "utf8") as string;
        return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
        return 0;
    }
}

/** A pack with no policies, for what the language host path costs before any policy loads. */
function emptyPack(): [string, string] {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "empty-pack-"));
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "empty", version: "0.0.0" }));
    const policy = require.resolve("@pulumi/policy", { paths: [packRoot] });
    fs.writeFileSync(path.join(dir, "index.js"),
        `new (require(${JSON.stringify(policy)}).PolicyPack)("empty", { policies: [] });\n`);
    return [path.join(dir, "index.js"), dir];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
    const runsArg = process.argv.indexOf("--runs");
    const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
    if (!Number.isInteger(runs) || runs < 1) {
        throw new Error("--runs takes a whole number of at least 1");
    }
    const variants: [string, string, string][] = [
        ["empty pack (the floor)", ...emptyPack()],
        ["compiled (dist/index.js)", path.join(packRoot, "dist", "index.js"), packRoot],
        ["ts-node (index.ts)", path.join(packRoot, "index.ts"), packRoot],
    ];
    console.log(`pack start-up, ${runs} runs each, median (node ${process.version})`);
    for (const [label, program, cwd] of variants) {
        const ts: Timing[] = [];
        for (let i = 0; i < runs; i++) {
            ts.push(await once(program, cwd));
        }
        console.log(`${label.padEnd(26)} port ${median(ts.map((t) => t.portMs)).toFixed(0)} ms, ` +
            `GetAnalyzerInfo ${median(ts.map((t) => t.infoMs)).toFixed(0)} ms, ` +
            `${ts[0].policies} policies, RSS ${median(ts.map((t) => t.rssMb)).toFixed(0)} MB`);
    }
}

main().catch((e) => {
    console.error(`bench-startup: ${e.message}`);
    process.exit(1);
});
