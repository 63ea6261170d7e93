/**
 * The install footprint of the published pack: what every CI runner pays, on every fresh machine, when org
 * enforcement hands it this pack. Prints figures; it is not a test.
 *
 *   npm run build && node dist/scripts/bench-install.js [--cold-cache] [--json]
 *
 * It does with the built repository what `pulumi policy publish` and enforcement do (Pulumi CLI v3.274.1):
 * - publish runs `npm pack` in the pack directory (npm.Pack in pkg/backend/httpstate/policypack.go); here with
 *   --ignore-scripts, since the caller has built dist/ already (publish's `prepack` builds it);
 * - enforcement extracts the tarball's `package/` into a directory of its own (installRequiredPolicy,
 *   archive.ExtractTGZWithRemap) and asks the Node.js language host to install its dependencies (IsPlugin), which
 *   runs `npm install --loglevel=error` there, plus `--production` when PulumiPolicy.yaml's runtime options say
 *   `production: true` (sdk/nodejs/npm/npm.go installCmd). The tarball carries no package-lock.json, so npm
 *   resolves the ranges of the dependencies' own dependencies afresh, as it does on the runner.
 *
 * Figures: packedKb (the tarball, KiB), installedMb (the installed directory on disk, node_modules included, in
 * MiB as `du -sm` counts it), installMs (wall time of the install). With the default, npm's own cache serves the
 * packages a previous install fetched (a runner with a warm cache); --cold-cache gives npm an empty cache, as on a
 * fresh runner, so the time includes the downloads.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { packRoot } from "../lib/core/paths";

export interface InstallFootprint {
    packedKb: number;
    installedMb: number;
    installMs: number;
}

/** A pack installed the way enforcement installs it, and what that cost. */
export interface InstalledPack extends InstallFootprint {
    /** The tarball `npm pack` wrote. */
    tarball: string;
    /** The extracted, installed pack: what `--policy-pack` is given. */
    dir: string;
    /** The install command, as run in `dir`. */
    command: string[];
}

export interface InstallOptions {
    /** Give npm an empty cache of its own (a fresh runner), instead of the user's. */
    coldCache?: boolean;
}

/**
 * npm passes its configuration to scripts it runs as npm_* variables (`npm run bench` does); the nested npm
 * would take them as its own (a prefix pointing at this repository, say). Keep only what says where the
 * registry is and how to reach it.
 */
function npmEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const keep = /^npm_config_(cache|registry|userconfig|globalconfig|cafile|strict_ssl|proxy|https_proxy|noproxy|@.*:registry)$/i;
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) {
        if (!/^npm_/i.test(k) || keep.test(k)) {
            env[k] = v;
        }
    }
    return { ...env, ...extra };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
    const r = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (r.error) {
        throw r.error;
    }
    if (r.status !== 0) {
        throw new Error(`${command} ${args.join(" ")} (in ${cwd}) exited ${r.status}:\n${r.stderr}${r.stdout}`);
    }
    return r.stdout;
}

/** `npm pack` of the built repository into `destination`; returns the tarball's path. */
export function packTarball(destination: string): string {
    if (!fs.existsSync(path.join(packRoot, "dist", "index.js"))) {
        throw new Error(`${packRoot} is not built: run npm run build first`);
    }
    const out = run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", destination], packRoot, npmEnvironment());
    const [entry] = JSON.parse(out) as { filename: string }[];
    return path.join(destination, entry.filename);
}

/** Extracts the tarball's package/ into `dir` (created), as enforcement does. */
export function extractTarball(tarball: string, dir: string): void {
    fs.mkdirSync(dir, { recursive: true });
    run("tar", ["-xzf", tarball, "-C", dir, "--strip-components=1", "package/"], dir, process.env);
}

/** PulumiPolicy.yaml's runtime option `production` in a pack directory (false when absent, as the host reads it). */
export function productionOption(dir: string): boolean {
    // js-yaml is a dependency of @pulumi/pulumi, which reads Pulumi.yaml with it too.
    const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const yaml = require(require.resolve("js-yaml", { paths: [pulumiDir] })) as { load(text: string): unknown };
    const doc = yaml.load(fs.readFileSync(path.join(dir, "PulumiPolicy.yaml"), "utf8")) as
        { runtime?: string | { options?: { production?: unknown } } } | undefined;
    const runtime = doc?.runtime;
    return typeof runtime === "object" && runtime.options?.production === true;
}

/** The command the Node.js language host runs to install a policy pack's dependencies (npm, no lock file). */
export function enforcementInstallArgs(dir: string): string[] {
    return ["install", "--loglevel=error", ...(productionOption(dir) ? ["--production"] : [])];
}

/** Bytes on disk under `dir` (allocated blocks, as du counts them; a file hard-linked twice counted once). */
export function diskUsage(dir: string): number {
    const seen = new Set<string>();
    let bytes = 0;
    const walk = (p: string) => {
        const st = fs.lstatSync(p);
        const key = `${st.dev}:${st.ino}`;
        if (seen.has(key)) {
            return;
        }
        seen.add(key);
        bytes += st.blocks * 512;
        if (st.isDirectory()) {
            for (const name of fs.readdirSync(p)) {
                walk(path.join(p, name));
            }
        }
    };
    walk(dir);
    return bytes;
}

function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
    return new Promise((resolve, reject) => {
        const t0 = process.hrtime.bigint();
        const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
        let output = "";
        child.stdout.on("data", (d: Buffer) => { output += d; });
        child.stderr.on("data", (d: Buffer) => { output += d; });
        child.on("error", reject);
        child.on("close", (code) => {
            const ms = Number(process.hrtime.bigint() - t0) / 1e6;
            if (code !== 0) {
                reject(new Error(`${command} ${args.join(" ")} (in ${cwd}) exited ${code}:\n${output}`));
            } else {
                resolve(ms);
            }
        });
    });
}

/**
 * Packs the built repository and installs the tarball under `root` (which should be empty) as enforcement
 * would: root/tarball/<name>.tgz, root/pack/ the installed pack.
 */
export async function installPublishedPack(root: string, options: InstallOptions = {}): Promise<InstalledPack> {
    const tarballDir = path.join(root, "tarball");
    fs.mkdirSync(tarballDir, { recursive: true });
    const tarball = packTarball(tarballDir);
    const dir = path.join(root, "pack");
    extractTarball(tarball, dir);
    const args = enforcementInstallArgs(dir);
    const env = npmEnvironment(options.coldCache ? { npm_config_cache: path.join(root, "npm-cache") } : {});
    const installMs = await timed("npm", args, dir, env);
    return {
        tarball, dir, command: ["npm", ...args],
        packedKb: round(fs.statSync(tarball).size / 1024, 1),
        installedMb: round(diskUsage(dir) / 2 ** 20, 1),
        installMs: Math.round(installMs),
    };
}

function round(n: number, digits: number): number {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
}

/** The install footprint of the packed tarball, measured in a temporary directory removed afterwards. */
export async function measureInstall(options: InstallOptions = {}): Promise<InstallFootprint> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "azure-srm-install-"));
    try {
        const { packedKb, installedMb, installMs } = await installPublishedPack(root, options);
        return { packedKb, installedMb, installMs };
    } finally {
        fs.rmSync(root, { recursive: true, force: true });
    }
}

async function main(): Promise<void> {
    const coldCache = process.argv.includes("--cold-cache");
    const figures = await measureInstall({ coldCache });
    if (process.argv.includes("--json")) {
        process.stdout.write(JSON.stringify({ install: figures }) + "\n");
        return;
    }
    const command = ["npm", ...enforcementInstallArgs(packRoot)].join(" ");
    process.stdout.write(`install footprint (npm pack, then \`${command}\` in the extracted tarball, ` +
        `${coldCache ? "empty npm cache" : "npm cache as it is"}):\n` +
        `  packed     ${figures.packedKb} KiB\n  installed  ${figures.installedMb} MiB\n  install    ${figures.installMs} ms\n`);
}

if (require.main === module) {
    main().catch((e) => {
        process.stderr.write(`bench-install: ${(e as Error).message}\n`);
        process.exitCode = 1;
    });
}
