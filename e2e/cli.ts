/**
 * The real Pulumi CLI for the end-to-end tests: built from Go sources by scripts/pulumi-cli.sh into a cache
 * outside the repository, run with a throw-away PULUMI_HOME and a local file backend, offline.
 */
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const repo = path.resolve(__dirname, "..");
/** The policy pack under test: this repository (PulumiPolicy.yaml; its main is dist/index.js). */
export const pack = repo;
export const stackExports = path.join(repo, "examples", "stack-exports");

let binDir: string | undefined;

/** The directory holding `pulumi` and the stand-in plugins; builds them on first use (see the script). */
export function pulumiBinDir(): string {
    if (!binDir) {
        const out = execFileSync("bash", [path.join(repo, "scripts", "pulumi-cli.sh")], {
            encoding: "utf8", stdio: ["ignore", "pipe", "inherit"],
        });
        binDir = out.trim().split("\n").pop()!;
        if (!fs.existsSync(path.join(binDir, "pulumi"))) {
            throw new Error(`scripts/pulumi-cli.sh printed ${binDir}, which holds no pulumi`);
        }
        if (!fs.existsSync(path.join(pack, "dist", "index.js"))) {
            throw new Error("the pack is not built: run npm run build");
        }
    }
    return binDir;
}

export interface Result {
    code: number;
    stdout: string;
    stderr: string;
    /** stdout and stderr, in the order they arrived. */
    output: string;
}

export interface RunOptions {
    cwd?: string;
    timeoutMs?: number;
    /** Added to the sandbox's environment. */
    env?: NodeJS.ProcessEnv;
}

/** A sandbox: its own PULUMI_HOME and file backend in a temporary directory, nothing from the user's. */
export class Sandbox {
    readonly root: string;
    readonly home: string;
    readonly backend: string;
    readonly env: NodeJS.ProcessEnv;

    constructor(label: string) {
        this.root = fs.mkdtempSync(path.join(os.tmpdir(), `azure-srm-e2e-${label}-`));
        this.home = path.join(this.root, "pulumi-home");
        this.backend = path.join(this.root, "state");
        fs.mkdirSync(this.home);
        fs.mkdirSync(this.backend);
        const env: NodeJS.ProcessEnv = {};
        for (const [k, v] of Object.entries(process.env)) {
            // Nothing of the user's Pulumi setup (tokens, backend, home) leaks in.
            if (!k.startsWith("PULUMI_")) {
                env[k] = v;
            }
        }
        this.env = {
            ...env,
            // The CLI and the stand-in language host, then the stand-in azure-native provider (test-plugins).
            PATH: [pulumiBinDir(), path.join(pulumiBinDir(), "..", "test-plugins"), process.env.PATH ?? ""].join(path.delimiter),
            PULUMI_HOME: this.home,
            PULUMI_CONFIG_PASSPHRASE: "e2e-only-passphrase",
            PULUMI_SKIP_UPDATE_CHECK: "true",
            PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
            PULUMI_SKIP_CONFIRMATIONS: "true",
            PULUMI_NODEJS_TRANSPILE_ONLY: "true",
            NO_COLOR: "1",
            CI: "true",
        };
    }

    /** Runs `pulumi args...` in cwd (default: the sandbox), resolving with its exit code and output. */
    pulumi(args: string[], opts: RunOptions = {}): Promise<Result> {
        return new Promise((resolve, reject) => {
            const child = spawn(path.join(pulumiBinDir(), "pulumi"), [...args, "--color", "never"], {
                cwd: opts.cwd ?? this.root, env: { ...this.env, ...opts.env }, stdio: ["ignore", "pipe", "pipe"],
            });
            let stdout = "";
            let stderr = "";
            let output = "";
            child.stdout.on("data", (d: Buffer) => { stdout += d; output += d; });
            child.stderr.on("data", (d: Buffer) => { stderr += d; output += d; });
            const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 300_000);
            child.on("error", reject);
            child.on("close", (code, signal) => {
                clearTimeout(timer);
                resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, output });
            });
        });
    }

    /** Like pulumi(), but fails with the command's output unless it exits with `expected`. */
    async expect(expected: number, args: string[], opts: RunOptions = {}): Promise<Result> {
        const r = await this.pulumi(args, opts);
        if (r.code !== expected) {
            throw new Error(`pulumi ${args.join(" ")} exited ${r.code}, expected ${expected}:\n${r.output}`);
        }
        return r;
    }

    /** Writes a file under the sandbox and returns its path. */
    write(name: string, content: string | object): string {
        const file = path.join(this.root, name);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
        return file;
    }

    /**
     * A copy of the TypeScript program in `source` (default: e2e/programs/<name>) under the sandbox, without its
     * stack files (Pulumi.<stack>.yaml), with a Pulumi.yaml if it has none, and node_modules linked to the
     * pack's, where @pulumi/pulumi and @pulumi/azure-native are installed.
     */
    program(name: string, source = path.join(repo, "e2e", "programs", name)): string {
        const dir = path.join(this.root, "programs", name);
        if (fs.existsSync(dir)) {
            return dir;
        }
        fs.mkdirSync(dir, { recursive: true });
        for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
            if (entry.isFile() && !/^Pulumi\..+\.ya?ml$/.test(entry.name)) {
                fs.copyFileSync(path.join(source, entry.name), path.join(dir, entry.name));
            }
        }
        if (!fs.existsSync(path.join(dir, "Pulumi.yaml"))) {
            fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: shop\nruntime: nodejs\n");
        }
        // A program with its own installed dependencies (examples/azure-native-2x) uses them; the others, the pack's.
        const own = path.join(source, "node_modules");
        fs.symlinkSync(fs.existsSync(own) ? own : path.join(repo, "node_modules"), path.join(dir, "node_modules"), "dir");
        return dir;
    }

    remove(): void {
        fs.rmSync(this.root, { recursive: true, force: true });
    }
}
