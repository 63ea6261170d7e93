/**
 * Runs a Pulumi TypeScript (or JavaScript) program offline, as the FIRST `pulumi preview` of a new stack, and
 * returns the resources the engine would hand the pack: no Pulumi CLI, no engine, no Azure, no credentials.
 *
 * The program runs in a child process (lib/inputs/program-runner.ts) under @pulumi/pulumi's runtime mocks, with its
 * .ts loaded by ts-node as the Node.js language host loads it: type-checked unless PULUMI_NODEJS_TRANSPILE_ONLY=true
 * (or `transpileOnly`) or tsconfig's `noCheck` says not to (see registerTypeScript in the runner). What the engine
 * would see:
 *
 * - Config: Pulumi.yaml's project config, overridden by the stack's Pulumi.<stack>.yaml, passed as the language
 *   host passes it (PULUMI_CONFIG before the program loads). `secure:` values cannot be decrypted offline: they
 *   are secrets of unknown value (the engine's unknown sentinel), so a policy that reads one cannot decide.
 * - Unknowns: every resource is being created, so its id and its computed outputs are unknown, and an input
 *   built from them (`vnet.id`, `pulumi.interpolate`...) carries the unknown sentinel, as in a real first
 *   preview. An output with a same-named input echoes it while it is a primitive, a list of primitives or
 *   `tags` (azure-native's preview does the same; see previewOutputs in the runner).
 * - Property dependencies, dependencies, parent and provider come from the RegisterResource requests the SDK
 *   sends, so stack policies can match a resource to what points at it while ids are unknown.
 * - Provider functions (invokes) get plausible answers: zero GUIDs for subscription, tenant and object ids.
 *
 * Not modelled: the provider's Check (azure-native auto-naming of omitted name inputs), ESC environments, and
 * values read from existing resources (`.get`), which keep only their id and inputs.
 */
import { spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError } from "../core/errors";
import { writeFileAtomically } from "../core/files";
import type { EngineProviderResource, EngineResource } from "../core/types";
import { urnName, urnType } from "../core/urn";
import { secret, sig, sigKey, unknownValue } from "../core/wire";
import { typeCheckHolds } from "./program-runner";
import type { CapturedRegistration, RunnerJob, RunnerMessage, TypeCheckRecord } from "./program-runner";

/** The provider the engine would give a resource: an explicit provider resource, or its package's default one. */
export type ProgramProvider = EngineProviderResource;

export interface ProgramResource extends EngineResource {
    /** Custom (a cloud resource) or a component. */
    custom: boolean;
    provider?: ProgramProvider;
}

export interface RunProgramOptions {
    /** The stack whose Pulumi.<stack>.yaml config applies; see `chooseStack` for the default. */
    stack?: string;
    /** Kill the program after this long (default 60 s). */
    timeoutMs?: number;
    /** Told about what could not be modelled offline (secure config values, ESC environments). */
    onWarning?: (message: string) => void;
    /**
     * Give the program the caller's whole environment. By default it gets only what a program needs offline
     * (`programEnvironment`): no cloud credentials, tokens or keys, and a throw-away home.
     */
    passEnvironment?: boolean;
    /**
     * Run the program's TypeScript without type checking it, as PULUMI_NODEJS_TRANSPILE_ONLY=true does for
     * `pulumi preview`. By default a program is checked as the language host checks it: that variable (read from
     * the caller's environment), else tsconfig's `noCheck`, else ts-node's own setting decides, and a type error
     * fails the run.
     */
    transpileOnly?: boolean;
    /**
     * Where to keep records of type checks, so that a program checked before, whose files and dependencies have not
     * changed since, is not checked again (default: typecheck/ in the user's azure-srm cache directory); false: none.
     */
    typeCheckCache?: string | false;
}

/** The variables a program gets by default: the system's basics, nothing that can hold a credential. */
const keptVariables = ["PATH", "LANG", "LANGUAGE", "TZ", "TERM", "TMPDIR", "TEMP", "TMP", "SYSTEMROOT", "NODE_PATH",
    "NODE_EXTRA_CA_CERTS"];

/**
 * The environment a scanned program runs with. Scanning a program runs its code, so by default it sees only
 * the system's basics (`keptVariables`, `LC_*`) and a throw-away HOME: no AZURE_CLIENT_SECRET, ARM_*, AWS_*,
 * PULUMI_ACCESS_TOKEN, GITHUB_TOKEN, npm or cloud CLI profiles in the caller's home. `passEnvironment` keeps
 * the caller's environment, minus what an enclosing Pulumi run would leak in (monitor address, dry-run, config).
 */
export function programEnvironment(base: NodeJS.ProcessEnv, home: string, passEnvironment: boolean): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(base)) {
        const enclosingPulumi = k.startsWith("PULUMI_NODEJS_") || k === "PULUMI_CONFIG" || k === "PULUMI_CONFIG_SECRET_KEYS" ||
            k === "NODE_OPTIONS" || k.startsWith("TS_NODE_");
        if (!enclosingPulumi && (passEnvironment || keptVariables.includes(k) || k.startsWith("LC_"))) {
            env[k] = v;
        }
    }
    if (!passEnvironment) {
        env.HOME = home;
        env.USERPROFILE = home;
    }
    return env;
}


/* eslint-disable @typescript-eslint/no-require-imports */
function loadYaml(): { load(text: string): unknown } {
    // js-yaml is a dependency of @pulumi/pulumi, which reads Pulumi.yaml with it too.
    const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
    return require(require.resolve("js-yaml", { paths: [pulumiDir] }));
}
/* eslint-enable @typescript-eslint/no-require-imports */

function firstLine(s: string): string {
    return s.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? s;
}

function readYaml(file: string, what: string): Record<string, any> {
    let doc: unknown;
    try {
        doc = loadYaml().load(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new InputError(`${file} is not valid YAML: ${firstLine((e as Error).message)}`);
    }
    if (doc === undefined || doc === null) {
        return {};
    }
    if (typeof doc !== "object" || Array.isArray(doc)) {
        throw new InputError(`${file} is not a ${what}: expected a mapping at the top`);
    }
    return doc as Record<string, any>;
}

function findProjectFile(dir: string): string {
    let stat: fs.Stats;
    try {
        stat = fs.statSync(dir);
    } catch {
        throw new InputError(`cannot read ${dir}: no such directory`);
    }
    if (!stat.isDirectory()) {
        throw new InputError(`${dir} is not a directory`);
    }
    for (const name of ["Pulumi.yaml", "Pulumi.yml"]) {
        if (fs.existsSync(path.join(dir, name))) {
            return path.join(dir, name);
        }
    }
    throw new InputError(`${dir} is not a Pulumi program: it has no Pulumi.yaml`);
}

/** Stack files in `configDir`: Pulumi.<stack>.yaml, by stack name. */
function stackFiles(configDir: string): Map<string, string> {
    const out = new Map<string, string>();
    const names = fs.existsSync(configDir) ? fs.readdirSync(configDir).sort() : [];
    for (const f of names) {
        const m = /^Pulumi\.(.+)\.ya?ml$/.exec(f);
        if (m) {
            out.set(m[1], path.join(configDir, f));
        }
    }
    return out;
}

/**
 * The requested stack, whose file must exist; else "dev" if Pulumi.dev.yaml exists, else the only stack file,
 * else "dev" with no config. Several stack files and no dev: the caller must choose.
 */
export function chooseStack(dir: string, configDir: string, requested?: string): { stack: string; file?: string } {
    const files = stackFiles(configDir);
    if (requested !== undefined) {
        const file = files.get(requested);
        if (!file) {
            throw new InputError(`${dir} has no stack "${requested}": no Pulumi.${requested}.yaml` +
                (files.size > 0 ? ` (stacks: ${[...files.keys()].join(", ")})` : ""));
        }
        return { stack: requested, file };
    }
    if (files.has("dev")) {
        return { stack: "dev", file: files.get("dev") };
    }
    if (files.size === 1) {
        const [[stack, file]] = [...files];
        return { stack, file };
    }
    if (files.size > 1) {
        throw new InputError(`${dir} has several stacks (${[...files.keys()].join(", ")}) and no Pulumi.dev.yaml: ` +
            "choose one with --stack");
    }
    return { stack: "dev" };
}

interface ConfigResult {
    config: Record<string, string>;
    secretKeys: string[];
}

/** `key` or `namespace:key` -> `namespace:key`, project keys in the project's namespace. */
function fullKey(project: string, key: string): string {
    return key.includes(":") ? key : `${project}:${key}`;
}

/** Replaces `{ secure: ... }` anywhere in a value by the unknown sentinel; says whether it found one. */
function unsecure(v: unknown): [unknown, boolean] {
    if (Array.isArray(v)) {
        const items = v.map(unsecure);
        return [items.map(([x]) => x), items.some(([, s]) => s)];
    }
    if (v !== null && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (Object.keys(o).length === 1 && typeof o.secure === "string") {
            return [unknownValue, true];
        }
        const entries = Object.entries(o).map(([k, x]) => [k, unsecure(x)] as const);
        return [Object.fromEntries(entries.map(([k, [x]]) => [k, x])), entries.some(([, [, s]]) => s)];
    }
    return [v, false];
}

/** Config as the language host passes it: every value a string, structured values as JSON. */
function buildConfig(project: string, projectDoc: Record<string, any>, stackDoc: Record<string, any>,
    stackFile: string | undefined, warn: (m: string) => void): ConfigResult {
    const config: Record<string, string> = {};
    const secretKeys: string[] = [];
    const set = (key: string, raw: unknown) => {
        const [value, secret] = unsecure(raw);
        if (value === undefined || value === null) {
            return;
        }
        config[key] = typeof value === "string" ? value : JSON.stringify(value);
        const i = secretKeys.indexOf(key);
        if (secret && i < 0) {
            secretKeys.push(key);
        } else if (!secret && i >= 0) {
            secretKeys.splice(i, 1);
        }
    };
    const declared = projectDoc.config;
    if (declared && typeof declared === "object") {
        for (const [k, spec] of Object.entries(declared)) {
            // `key: value`, or `key: { type, description, default, secret }` (or `value` for provider keys).
            if (spec !== null && typeof spec === "object" && !Array.isArray(spec) &&
                ("default" in spec || "value" in spec || "type" in spec || "description" in spec)) {
                const s = spec as Record<string, unknown>;
                set(fullKey(project, k), "value" in s ? s.value : s.default);
            } else {
                set(fullKey(project, k), spec);
            }
        }
    }
    const stackConfig = stackDoc.config;
    if (stackConfig !== undefined && stackConfig !== null) {
        if (typeof stackConfig !== "object" || Array.isArray(stackConfig)) {
            throw new InputError(`${stackFile}: config is not a mapping`);
        }
        for (const [k, v] of Object.entries(stackConfig)) {
            set(fullKey(project, k), v);
        }
    }
    if (secretKeys.length > 0) {
        warn(`${stackFile ?? "config"}: secure values cannot be decrypted offline; ${secretKeys.join(", ")} ` +
            `${secretKeys.length === 1 ? "is a secret" : "are secrets"} of unknown value`);
    }
    if (stackDoc.environment !== undefined) {
        warn(`${stackFile}: ESC environments are not opened offline; their values are not in the config`);
    }
    return { config, secretKeys };
}

function runtimeOf(projectFile: string, doc: Record<string, any>): { typescript: boolean; tsconfig?: string } {
    const runtime = doc.runtime;
    const name = typeof runtime === "string" ? runtime : runtime?.name;
    if (typeof name !== "string") {
        throw new InputError(`${projectFile} has no runtime`);
    }
    if (name !== "nodejs") {
        throw new InputError(`${projectFile} declares runtime ${name}: only Node.js (TypeScript) programs can be run`);
    }
    const options = typeof runtime === "object" ? runtime.options ?? {} : {};
    return {
        typescript: options.typescript !== false,
        tsconfig: typeof options.tsconfig === "string" ? options.tsconfig : undefined,
    };
}

function entryPoint(dir: string, projectFile: string, main: unknown): string {
    if (main !== undefined && typeof main !== "string") {
        throw new InputError(`${projectFile}: main is not a path`);
    }
    const entry = path.resolve(dir, main ?? ".");
    if (!fs.existsSync(entry)) {
        throw new InputError(`${projectFile}: the program's main, ${main}, does not exist`);
    }
    if (fs.statSync(entry).isDirectory()) {
        const hasPackageMain = (() => {
            try {
                return typeof JSON.parse(fs.readFileSync(path.join(entry, "package.json"), "utf8")).main === "string";
            } catch {
                return false;
            }
        })();
        if (!hasPackageMain && !["index.ts", "index.js"].some((f) => fs.existsSync(path.join(entry, f)))) {
            throw new InputError(`${entry} has no program: no index.ts, index.js or package.json main`);
        }
        return entry + path.sep; // require the directory, not an adjacent file
    }
    return entry;
}

/**
 * The runner script: compiled beside this file under dist/, or, when this file runs under ts-node (the tests),
 * transpiled once into the temp directory. The runner needs nothing but Node built-ins, so either works alike.
 */
function runnerScript(): string {
    const compiled = path.join(__dirname, "program-runner.js");
    if (fs.existsSync(compiled)) {
        return compiled;
    }
    const source = fs.readFileSync(path.join(__dirname, "program-runner.ts"), "utf8");
    const hash = crypto.createHash("sha256").update(source).digest("hex").slice(0, 16);
    const out = path.join(os.tmpdir(), `azure-srm-program-runner-${hash}.js`);
    if (!fs.existsSync(out)) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const ts = require("typescript") as typeof import("typescript");
        const js = ts.transpileModule(source, {
            compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, esModuleInterop: true },
        }).outputText;
        writeFileAtomically(out, js);
    }
    return out;
}

/**
 * Wire form -> what the engine sends an analyzer: secrets kept as the engine's secret objects (@pulumi/policy
 * reveals them to the policies, and the kit's isSecret can tell them), the unknown sentinel kept, resource
 * references as ids.
 */
function toAnalyzerValue(v: unknown): unknown {
    if (Array.isArray(v)) {
        return v.map(toAnalyzerValue);
    }
    if (v !== null && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (o[sigKey] === sig.secret) {
            return secret(toAnalyzerValue(o.value));
        }
        if (o[sigKey] === sig.resourceReference) {
            const id = o.id;
            return typeof id === "string" ? (id === "" ? unknownValue : id) : o.urn;
        }
        return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toAnalyzerValue(x)]));
    }
    return v;
}

/** The engine names a package's default provider after its version: default_3_28_0. */
function defaultProviderName(version: string): string {
    return version ? `default_${version.replace(/[.\-+]/g, "_")}` : "default";
}

function toResources(registrations: CapturedRegistration[], stack: string, project: string,
    config: Record<string, string>): ProgramResource[] {
    const providers = new Map<string, CapturedRegistration>();
    for (const r of registrations) {
        if (r.type.startsWith("pulumi:providers:")) {
            providers.set(r.urn, r);
        }
    }
    const providerOf = (r: CapturedRegistration): ProgramProvider | undefined => {
        if (!r.custom) {
            return undefined;
        }
        if (r.provider) {
            const urn = r.provider.slice(0, r.provider.lastIndexOf("::"));
            const p = providers.get(urn);
            return {
                urn, type: p?.type ?? urnType(urn), name: p?.name ?? urnName(urn),
                properties: toAnalyzerValue(p?.inputs ?? {}) as Record<string, unknown>,
            };
        }
        const pkg = r.type.split(":")[0];
        const name = defaultProviderName(r.version);
        const properties: Record<string, unknown> = r.version ? { version: r.version } : {};
        for (const [k, v] of Object.entries(config)) {
            if (k.startsWith(`${pkg}:`)) {
                properties[k.slice(pkg.length + 1)] = v;
            }
        }
        return { urn: `urn:pulumi:${stack}::${project}::pulumi:providers:${pkg}::${name}`, type: `pulumi:providers:${pkg}`, name, properties };
    };
    return registrations
        .filter((r) => r.type !== "pulumi:pulumi:Stack" && !r.type.startsWith("pulumi:providers:"))
        .map((r) => ({
            urn: r.urn,
            type: r.type,
            name: r.name,
            custom: r.custom,
            props: toAnalyzerValue(r.inputs) as Record<string, unknown>,
            parent: r.parent || undefined,
            dependencies: r.dependencies,
            propertyDependencies: r.propertyDependencies,
            provider: providerOf(r),
        }));
}

type RunnerSuccess = Extract<RunnerMessage, { ok: true }>;
type RunnerStale = Extract<RunnerMessage, { stale: true }>;

/**
 * Where the records of type checks are kept (`typeCheckCache`; by default typecheck/ in $AZURE_SRM_CACHE, else
 * in azure-srm/ of $XDG_CACHE_HOME or ~/.cache, beside scripts/pulumi-cli.sh's cache), or undefined for none.
 */
function typeCheckRecords(option: string | false | undefined): string | undefined {
    if (option === false) {
        return undefined;
    }
    return option ?? path.join(process.env.AZURE_SRM_CACHE ||
        path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "azure-srm"), "typecheck");
}

/** Whether the recorded type check still holds (an unreadable record does not); marks it used. */
function typeCheckStillHolds(file: string): boolean {
    try {
        if (typeCheckHolds(JSON.parse(fs.readFileSync(file, "utf8")) as TypeCheckRecord)) {
            const now = new Date();
            fs.utimesSync(file, now, now);
            return true;
        }
    } catch {
        // no record, or not one
    }
    return false;
}

/** The most records kept (about a megabyte each for a program on @pulumi/azure-native); the least recently used go. */
const keptTypeChecks = 32;

/** Keeps a type check's record, best effort: a cache that cannot be written only makes the next scan slower. */
function saveTypeCheck(file: string, record: TypeCheckRecord): void {
    try {
        const dir = path.dirname(file);
        fs.mkdirSync(dir, { recursive: true });
        writeFileAtomically(file, JSON.stringify(record));
        const byUse = fs.readdirSync(dir).filter((f) => f.endsWith(".json"))
            .map((f) => ({ f: path.join(dir, f), used: fs.statSync(path.join(dir, f)).mtimeMs }))
            .sort((a, b) => b.used - a.used);
        for (const { f } of byUse.slice(keptTypeChecks)) {
            fs.rmSync(f, { force: true });
        }
    } catch {
        // best effort
    }
}

/** Runs the runner as a child process; resolves with its one message, or rejects with one line. */
function runChild(job: RunnerJob, env: NodeJS.ProcessEnv, timeoutMs: number, label: string): Promise<RunnerSuccess | RunnerStale> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [runnerScript(), JSON.stringify(job)], {
            cwd: job.dir, env, stdio: ["ignore", "pipe", "pipe", "ipc"],
        });
        let stderr = "";
        let settled = false;
        const settle = (fn: () => void) => {
            if (!settled) {
                settled = true;
                clearTimeout(timer);
                fn();
            }
        };
        const timer = setTimeout(() => settle(() => {
            child.kill("SIGKILL");
            reject(new InputError(`${label}: the program did not finish within ${Math.round(timeoutMs / 1000)} s`));
        }), timeoutMs);
        child.stdout!.resume(); // the program's own output is not ours to print
        child.stderr!.on("data", (d: Buffer) => {
            if (stderr.length < 65536) {
                stderr += d.toString();
            }
        });
        child.on("message", (m: RunnerMessage) => settle(() => {
            if (m.ok || "stale" in m) {
                resolve(m);
            } else {
                const more = m.more ? `${m.more} more error${m.more === 1 ? "" : "s"}` : "";
                reject(new InputError(m.typeCheck
                    ? `${label}: the program does not type-check: ${m.error} (${more ? `${more}; ` : ""}type errors fail ` +
                        "pulumi preview too; --transpile-only or PULUMI_NODEJS_TRANSPILE_ONLY=true skips the check)"
                    : `${label}: the program failed: ${m.error}${more ? ` (${more})` : ""}`));
            }
        }));
        child.on("error", (e) => settle(() => reject(new InputError(`${label}: cannot start node: ${e.message}`))));
        // After the exit and the end of its streams (the IPC channel included): no message means it died early.
        child.on("close", (code, signal) => settle(() => {
            const why = firstLine(stderr.trim()) || (signal ? `signal ${signal}` : `exit code ${code}`);
            reject(new InputError(`${label}: the program exited before it finished: ${why}`));
        }));
    });
}

/**
 * Runs the Pulumi program in `dir` as the first preview of its stack and returns its resources (not the stack
 * resource, not providers), as the engine would describe them to the pack.
 */
export async function runProgram(dir: string, options: RunProgramOptions = {}): Promise<ProgramResource[]> {
    const warn = options.onWarning ?? (() => undefined);
    const projectFile = findProjectFile(dir);
    const absDir = path.resolve(dir);
    const projectDoc = readYaml(projectFile, "Pulumi project file");
    const project = projectDoc.name;
    if (typeof project !== "string" || project === "") {
        throw new InputError(`${projectFile} has no project name`);
    }
    const { typescript, tsconfig } = runtimeOf(projectFile, projectDoc);
    const configDir = path.resolve(absDir, typeof projectDoc.stackConfigDir === "string" ? projectDoc.stackConfigDir : ".");
    const { stack, file: stackFile } = chooseStack(dir, configDir, options.stack);
    const stackDoc = stackFile ? readYaml(stackFile, "Pulumi stack file") : {};
    const { config, secretKeys } = buildConfig(project, projectDoc, stackDoc, stackFile, warn);
    const entry = entryPoint(absDir, projectFile, projectDoc.main);
    const tsconfigPath = path.resolve(absDir, tsconfig ?? "tsconfig.json");
    if (tsconfig !== undefined && !fs.existsSync(tsconfigPath)) {
        throw new InputError(`${projectFile}: runtime.options.tsconfig ${tsconfig} does not exist`);
    }

    const packModules = path.resolve(path.dirname(require.resolve("@pulumi/pulumi/package.json")), "..", "..");
    const job: RunnerJob = {
        dir: absDir, entry, project, stack, organization: "organization", typescript,
        tsconfig: fs.existsSync(tsconfigPath) ? tsconfigPath : undefined,
        transpileOnlyEnv: options.transpileOnly ? "true" : process.env.PULUMI_NODEJS_TRANSPILE_ONLY,
        fallbackPulumi: require.resolve("@pulumi/pulumi"),
        packModules,
        location: config["azure-native:location"] ?? "westeurope",
        wire: { unknownValue, sigKey, secretSig: sig.secret },
        offline: !options.passEnvironment,
    };
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "azure-srm-home-"));
    const env = programEnvironment(process.env, home, options.passEnvironment === true);
    env.PULUMI_CONFIG = JSON.stringify(config);
    env.PULUMI_CONFIG_SECRET_KEYS = JSON.stringify(secretKeys);
    // A program without its own node_modules resolves @pulumi/pulumi and @pulumi/azure-native from the pack's.
    env.NODE_PATH = [process.env.NODE_PATH, packModules].filter(Boolean).join(path.delimiter);

    const records = typescript && job.transpileOnlyEnv !== "true" ? typeCheckRecords(options.typeCheckCache) : undefined;
    const recordFile = records && path.join(records, crypto.createHash("sha256")
        .update(JSON.stringify([absDir, entry, job.tsconfig ?? "", job.transpileOnlyEnv ?? ""])).digest("hex").slice(0, 32) + ".json");
    const run = (reuse: Partial<RunnerJob>) => runChild({ ...job, ...reuse }, env, options.timeoutMs ?? 60_000, dir);
    const message = await (async () => {
        const reused = recordFile && typeCheckStillHolds(recordFile) ? await run({ checkedBefore: recordFile }) : undefined;
        const result = reused?.ok ? reused : await run({ recordTypeCheck: recordFile !== undefined });
        if (!result.ok) {
            throw new Error("the program runner found a stale type check in a run that was given none");
        }
        return result;
    })().finally(() => fs.rmSync(home, { recursive: true, force: true }));
    if (recordFile && message.typeCheckRecord) {
        saveTypeCheck(recordFile, message.typeCheckRecord);
    }
    for (const w of message.warnings) {
        warn(w);
    }
    return toResources(message.registrations, stack, project, config);
}
