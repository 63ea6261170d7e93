/**
 * The child process of `runProgram` (lib/inputs/program.ts): runs one Pulumi Node.js program under @pulumi/pulumi's
 * runtime mocks as a FIRST `pulumi preview` of a new stack, and sends every RegisterResource request back to the
 * parent over IPC. No engine, no provider plugin, no Azure.
 *
 * Self-contained on purpose (Node built-ins only; everything else is required by the absolute paths the parent
 * passes in the job), so that the same file runs compiled from dist/ or transpiled on the fly under ts-node.
 *
 * The parent sets PULUMI_CONFIG and PULUMI_CONFIG_SECRET_KEYS in the environment before this starts, as the
 * language host does, so the runtime's config store reads them when @pulumi/pulumi loads.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";

/** What the parent asks for (argv[2], JSON). */
export interface RunnerJob {
    /** The program's directory: the working directory, and where @pulumi/pulumi is resolved from first. */
    dir: string;
    /** What to require: the directory itself (index.ts/index.js/package.json main) or Pulumi.yaml's `main`. */
    entry: string;
    project: string;
    stack: string;
    organization: string;
    /** Register ts-node for .ts files, as the language host does unless runtime.options.typescript is false. */
    typescript: boolean;
    /** The tsconfig.json to take compiler options from (runtime.options.tsconfig, else the program's), if it exists. */
    tsconfig?: string;
    /**
     * The caller's PULUMI_NODEJS_TRANSPILE_ONLY, which decides type checking as in @pulumi/pulumi's cmd/run: "true"
     * skips it, any other non-empty value forces it; unset or empty leaves it to tsconfig's `noCheck`, then ts-node.
     */
    transpileOnlyEnv?: string;
    /** The pack's own @pulumi/pulumi, used when the program cannot resolve one. */
    fallbackPulumi: string;
    /** The pack's node_modules: where a program without its own resolves its imports (NODE_PATH), types included. */
    packModules: string;
    /**
     * A type check of this program that still holds (lib/inputs/program.ts checked its record): ts-node is
     * registered transpile-only and the record's output is run, unless the setup or a compiled file differ, which
     * ends the run with `stale` for the parent to run it again, checked.
     */
    checkedBefore?: string;
    /** Send a record of the type check with the result, for the next run to reuse. */
    recordTypeCheck?: boolean;
    /** Location for invoke answers (azure-native:location, else westeurope). */
    location: string;
    /** The wire facts the runner writes (lib/core/wire.ts). */
    wire: { unknownValue: string; sigKey: string; secretSig: string };
    /** Refuse every outbound connection and name lookup: the scan is offline. */
    offline?: boolean;
}

/**
 * Makes every outbound connection and DNS lookup of the program fail at once with a message saying the scan is
 * offline. Connections to this process's own listening ports on the loopback address stay allowed: the Pulumi
 * runtime serves transform callbacks on one and calls it itself. (The parent talks to this process over an
 * inherited IPC channel, which is no connection of ours.)
 */
function refuseNetwork(): void {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const net = require("net");
    const dns = require("dns");
    /* eslint-enable @typescript-eslint/no-require-imports */
    const refusal = (what: string) => new Error(`azure-srm scan runs programs offline: ${what} was refused ` +
        "(scan a stack export instead, or pass the caller's environment and network with --pass-environment)");
    const ownPorts = new Set<number>();
    const listen = net.Server.prototype.listen;
    net.Server.prototype.listen = function (this: any, ...args: any[]) {
        this.once("listening", () => {
            const address = this.address();
            if (address && typeof address === "object") {
                ownPorts.add(address.port);
            }
        });
        return listen.apply(this, args);
    };
    const isLoopback = (host: unknown) => host === undefined || host === "localhost" || host === "::1" ||
        (typeof host === "string" && host.startsWith("127."));
    const connect = net.Socket.prototype.connect;
    net.Socket.prototype.connect = function (this: any, ...args: any[]) {
        // net.connect passes its normalized [options, callback]; socket.connect(port, host) and (options) also occur.
        const first = Array.isArray(args[0]) ? args[0][0] : args[0];
        const options = typeof first === "object" && first !== null ? first : { port: first, host: args[1] };
        if (!options.path && isLoopback(options.host) && ownPorts.has(Number(options.port))) {
            return connect.apply(this, args);
        }
        const where = options.path ? `a connection to ${options.path}` : `a connection to ${options.host ?? "localhost"}:${options.port}`;
        process.nextTick(() => this.destroy(refusal(where)));
        return this;
    };
    // Address literals and localhost resolve as before (the runtime's callback server binds 127.0.0.1 through them).
    const local = (hostname: unknown) => hostname === "localhost" || (typeof hostname === "string" && net.isIP(hostname) !== 0);
    const lookup = dns.lookup;
    dns.lookup = (hostname: string, ...rest: any[]) => {
        if (local(hostname)) {
            return lookup.call(dns, hostname, ...rest);
        }
        const callback = rest[rest.length - 1];
        process.nextTick(() => callback(refusal(`looking up ${hostname}`)));
    };
    const lookupPromise = dns.promises.lookup;
    dns.promises.lookup = (hostname: string, ...rest: any[]) => local(hostname)
        ? lookupPromise.call(dns.promises, hostname, ...rest) : Promise.reject(refusal(`looking up ${hostname}`));
}

/** One RegisterResource request, as the engine would receive it (inputs in wire form: unknown sentinel, secret and resource-reference signatures). */
export interface CapturedRegistration {
    urn: string;
    type: string;
    name: string;
    custom: boolean;
    parent: string;
    inputs: Record<string, unknown>;
    dependencies: string[];
    propertyDependencies: Record<string, string[]>;
    /** Provider reference `urn::id`, or "" for the package's default provider. */
    provider: string;
    version: string;
}

/**
 * What a type-checked run depended on and produced, so that a later run can tell that checking again would find
 * the same, and run what ts-node produced then. Paths are absolute.
 */
export interface TypeCheckRecord {
    /** The compiler and ts-node (paths and version) and the options ts-node was registered with. */
    setup: string;
    /** Every file TypeScript read or ts-node compiled, with `fileState` as it was then. */
    files: Record<string, string>;
    /** Every path TypeScript asked about (does this file or directory exist?), with `pathKind` as it was then. */
    probes: Record<string, string>;
    /** Every directory TypeScript listed, with `listingState` as it was then. */
    listings: Record<string, string>;
    /** What ts-node compiled, by file: the hash of the source it was given and the JavaScript it gave back. */
    outputs: Record<string, { source: string; js: string }>;
}

/** The program failed: why, in one line. */
export interface RunnerFailure {
    ok: false;
    error: string;
    /** How many more compiler errors there are beside the one in `error`. */
    more?: number;
    /** The program did not pass the type check. */
    typeCheck?: boolean;
}

/** The runner's one message: the registrations, a failure, or that the type check it was to reuse no longer holds. */
export type RunnerMessage =
    | { ok: true; registrations: CapturedRegistration[]; warnings: string[]; typeCheckRecord?: TypeCheckRecord }
    | { ok: false; stale: true }
    | RunnerFailure;

/** The engine's sentinels, from lib/core/wire.ts through the job, so that they are defined once. */
let wire: RunnerJob["wire"];
const zeroGuid = "00000000-0000-0000-0000-000000000000";
const subscription = `/subscriptions/${zeroGuid}`;
const rootStackType = "pulumi:pulumi:Stack";

let finished = false;

function send(message: RunnerMessage): void {
    if (finished) {
        return;
    }
    finished = true;
    const exit = () => process.exit(message.ok ? 0 : 1);
    if (process.send) {
        process.send(message, undefined, {}, exit);
    } else {
        process.stdout.write(JSON.stringify(message) + "\n", exit);
    }
}

/** TypeScript's diagnostic lines as ts-node reports them: "index.ts(3,7): error TS2322: Type ...". */
const diagnosticLine = /^(.+)\((\d+),(\d+)\): error TS(\d+): (.*)$/;

/**
 * What went wrong, in one line, the way `pulumi preview` would print it, without the stack. A program that does not
 * compile (ts-node's TSError) is named by its first diagnostic, as file:line:col, with the count of the others; it
 * failed the type check when one of them is a type error, not a syntax error (TS1xxx) or a bad option (TS5xxx, TS6xxx).
 */
export function failure(err: unknown, dir: string): RunnerFailure {
    if (!(err instanceof Error)) {
        return { ok: false, error: String(err).split("\n")[0] };
    }
    const e = err as Error & { diagnosticText?: string; diagnosticCodes?: number[] };
    const relative = (text: string) => text.split(dir + path.sep).join("");
    if (e.name === "TSError" && typeof e.diagnosticText === "string") {
        const diagnostics = e.diagnosticText.split("\n").map((l) => diagnosticLine.exec(l.trim())).filter((m) => m !== null);
        if (diagnostics.length > 0) {
            const [, file, line, column, code, message] = diagnostics[0];
            const typeCheck = diagnostics.some(([, , , , c]) => (Number(c) >= 2000 && Number(c) < 5000) || Number(c) >= 7000);
            return { ok: false, error: relative(`${file}:${line}:${column} - error TS${code}: ${message}`), more: diagnostics.length - 1, typeCheck };
        }
    }
    // A missing module's message says which on its first line ("Cannot find module 'x'\nRequire stack: ...").
    const text = e.name === "TSError" && typeof e.diagnosticText === "string" ? e.diagnosticText : e.message;
    return { ok: false, error: relative(text.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? e.name) };
}

/** The top-level outputs a new azure-native resource has at its first preview: see `previewOutputs` below. */
function isPrimitive(v: unknown): boolean {
    return v === null || ["string", "number", "boolean"].includes(typeof v);
}

function isSecret(v: unknown): v is { value: unknown } {
    return typeof v === "object" && v !== null && (v as Record<string, unknown>)[wire.sigKey] === wire.secretSig;
}

/**
 * What the engine hands back for a resource being created at preview (azure-native's Create with preview: true,
 * `PreviewOutputs`): each output with a same-named input is that input when it is a primitive, a list of
 * primitives or a map of primitives (`tags`); anything else is unknown, because an output object type carries
 * read-only fields the input cannot fill (the SDK marks a value unknown as soon as any part of it is). Outputs
 * without a same-named input (id, name for most types, provisioningState...) are absent, which the SDK resolves
 * as unknown during a preview.
 */
function previewOutputs(inputs: Record<string, unknown>): Record<string, unknown> {
    const echo = (v: unknown, key: string): unknown => {
        if (isSecret(v)) {
            return { [wire.sigKey]: wire.secretSig, value: echo(v.value, key) };
        }
        if (isPrimitive(v)) {
            return v;
        }
        if (Array.isArray(v) && v.every((x) => isPrimitive(x) || isSecret(x))) {
            return v;
        }
        if (key === "tags" && typeof v === "object" && v !== null && Object.values(v).every(isPrimitive)) {
            return v;
        }
        return wire.unknownValue;
    };
    return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, echo(v, k)]));
}

/** Plausible answers to provider functions: fixed zero GUIDs for identities, ids built from the arguments. */
function answerInvoke(token: string, args: Record<string, any>, location: string): Record<string, unknown> {
    const [pkg, mod = "", fn = ""] = token.split(":");
    const group = typeof args.resourceGroupName === "string" ? args.resourceGroupName : "rg";
    switch (token) {
        case "azure-native:authorization:getClientConfig":
            return { clientId: zeroGuid, objectId: zeroGuid, subscriptionId: zeroGuid, tenantId: zeroGuid };
        case "azure-native:authorization:getClientToken":
            return { token: "offline-placeholder-token" };
        case "azure-native:resources:getResourceGroup":
            return {
                id: `${subscription}/resourceGroups/${group}`, name: group, location,
                type: "Microsoft.Resources/resourceGroups", managedBy: undefined,
                properties: { provisioningState: "Succeeded" }, tags: {}, azureApiVersion: "2024-03-01",
            };
    }
    if (pkg !== "azure-native") {
        return { ...args };
    }
    const kind = fn.replace(/^(get|list)/, "");
    if (/^list.*Keys$/.test(fn)) {
        const key = "offline-placeholder-key";
        return { keys: [{ keyName: "key1", value: key, permissions: "FULL" }, { keyName: "key2", value: key, permissions: "FULL" }],
            primaryKey: key, secondaryKey: key };
    }
    if (fn.startsWith("list")) {
        return { value: [] };
    }
    const nameArg = Object.keys(args).find((k) => k !== "resourceGroupName" && /Name$/.test(k) && typeof args[k] === "string");
    const name = nameArg ? String(args[nameArg]) : kind.toLowerCase();
    const ns = `Microsoft.${mod.charAt(0).toUpperCase()}${mod.slice(1)}`;
    const typeSegment = `${kind.charAt(0).toLowerCase()}${kind.slice(1)}s`;
    return {
        ...args,
        id: `${subscription}/resourceGroups/${group}/providers/${ns}/${typeSegment}/${name}`,
        name, location, type: `${ns}/${typeSegment}`,
    };
}

const sha256 = (data: string | Buffer) => crypto.createHash("sha256").update(data).digest("hex");

/** A file's content hash, or "" if it cannot be read. */
function fileState(file: string): string {
    try {
        return sha256(fs.readFileSync(file));
    } catch {
        return "";
    }
}

/** "file", "dir", or "" for nothing there (links followed). */
function pathKind(p: string): string {
    try {
        const stat = fs.statSync(p);
        return stat.isFile() ? "file" : stat.isDirectory() ? "dir" : "other";
    } catch {
        return "";
    }
}

/** A hash of a directory's sorted entry names, or "" if it cannot be listed. */
function listingState(dir: string): string {
    try {
        return sha256(fs.readdirSync(dir).sort().join("\n"));
    } catch {
        return "";
    }
}

/** Whether everything a type check depended on is as it was: then checking again would find what it found. */
export function typeCheckHolds(record: TypeCheckRecord): boolean {
    return Object.entries(record.probes).every(([p, kind]) => pathKind(p) === kind) &&
        Object.entries(record.listings).every(([dir, state]) => listingState(dir) === state) &&
        Object.entries(record.files).every(([file, state]) => fileState(file) === state);
}

/**
 * Records what TypeScript reads, probes and lists through `ts.sys`, which ts-node's compiler host reads through
 * (it takes the functions when it is registered, so this goes first).
 */
function recordTypeScriptInputs(ts: any): Omit<TypeCheckRecord, "setup" | "outputs"> {
    const record: Omit<TypeCheckRecord, "setup" | "outputs"> = { files: {}, probes: {}, listings: {} };
    const spy = (name: string, note: (p: string) => void) => {
        const original = ts.sys[name];
        if (typeof original === "function") {
            ts.sys[name] = (p: string, ...rest: unknown[]) => {
                note(p);
                return original.call(ts.sys, p, ...rest);
            };
        }
    };
    spy("readFile", (p) => record.files[p] = fileState(p));
    spy("fileExists", (p) => record.probes[p] = pathKind(p));
    spy("directoryExists", (p) => record.probes[p] = pathKind(p));
    spy("getDirectories", (p) => record.listings[p] = listingState(p));
    spy("readDirectory", (p) => record.listings[p] = listingState(p));
    return record;
}

/** Whether `dir` or a directory above it has node_modules/@pulumi/pulumi (NODE_PATH aside). */
function hasOwnPulumi(dir: string): boolean {
    for (let d = dir; ; d = path.dirname(d)) {
        if (fs.existsSync(path.join(d, "node_modules", "@pulumi", "pulumi", "package.json"))) {
            return true;
        }
        if (path.dirname(d) === d) {
            return false;
        }
    }
}

/**
 * Registers ts-node for the program's .ts files as @pulumi/pulumi's cmd/run does (3.276: cmd/run/run.js, lines
 * 234-362, and tsutils.js):
 * - typescript and ts-node are the ones the program's @pulumi/pulumi resolves, else the copies vendored in it
 *   (typescript 3.8.3, ts-node 7.0.1);
 * - compiler options: ES2020, nodenext modules (commonjs and node resolution before TypeScript 4.7) and source
 *   maps, under the tsconfig's own `compilerOptions`;
 * - type checking: off if PULUMI_NODEJS_TRANSPILE_ONLY is "true", on if it is anything else; unset, tsconfig's
 *   `noCheck` decides; unset too, ts-node does (ts-node 10: its "ts-node" section in tsconfig.json, else it
 *   checks; ts-node 7: it checks). A type error is a TSError, thrown when the file is required.
 * A program without node_modules of its own runs on the pack's through NODE_PATH, which TypeScript does not read:
 * its imports and Node's types are mapped to the pack's node_modules, so that it is checked against what it runs on.
 *
 * Type checking a program that imports @pulumi/azure-native reads some 1,600 declaration files (30 MB), which takes
 * seconds: when an earlier check of the same program still holds (`checkedBefore`), its output is run instead,
 * and ts-node only transpiles. Returns, for a checked run asked to record it, what the record will hold.
 */
function registerTypeScript(job: RunnerJob, pulumiDir: string): (() => TypeCheckRecord) | undefined {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const vendor = path.join(pulumiDir, "vendor");
    const resolve = (request: string, vendored: string) => {
        try {
            return require.resolve(request, { paths: [pulumiDir] });
        } catch {
            return vendored;
        }
    };
    const compiler = resolve("typescript", path.join(vendor, "typescript@3.8.3", "typescript.js"));
    const tsNode = resolve("ts-node", path.join(vendor, "ts-node@7.0.1"));
    const ts = require(compiler);
    let tsconfigOptions: Record<string, unknown> = {};
    if (job.tsconfig) {
        try {
            tsconfigOptions = ts.parseConfigFileTextToJson(job.tsconfig, fs.readFileSync(job.tsconfig, "utf8")).config.compilerOptions ?? {};
        } catch {
            // cmd/run too takes no options from a tsconfig it cannot parse; ts-node then reports what is wrong with it.
        }
    }
    const transpileOnly = job.transpileOnlyEnv ? job.transpileOnlyEnv === "true" : tsconfigOptions.noCheck;
    const [major, minor] = String(ts.version).split(".").map(Number);
    const nodeNext = major > 4 || (major === 4 && minor >= 7);
    const packTypes = hasOwnPulumi(job.dir) ? {} : {
        paths: { "*": [path.join(job.packModules, "*")] }, typeRoots: [path.join(job.packModules, "@types")], types: ["node"],
    };
    const options = {
        compiler,
        transpileOnly,
        project: job.tsconfig ?? "tsconfig.json",
        skipProject: job.tsconfig === undefined,
        compilerOptions: {
            target: "ES2020", module: nodeNext ? "nodenext" : "commonjs", moduleResolution: nodeNext ? "nodenext" : "node",
            sourceMap: "true", ...packTypes, ...tsconfigOptions,
        },
    };
    const setup = JSON.stringify({ compiler, version: ts.version, tsNode, options });

    if (job.checkedBefore) {
        const record = JSON.parse(fs.readFileSync(job.checkedBefore, "utf8")) as TypeCheckRecord;
        if (record.setup !== setup) {
            throw staleTypeCheck();
        }
        const service = require(tsNode).register({ ...options, transpileOnly: true });
        service.compile = (code: string, fileName: string) => {
            const output = record.outputs[fileName];
            if (output === undefined || output.source !== sha256(code)) {
                throw staleTypeCheck(); // a file the check did not see: the parent runs the program again, checked
            }
            return output.js;
        };
        return undefined;
    }

    const inputs = job.recordTypeCheck && transpileOnly !== true ? recordTypeScriptInputs(ts) : undefined;
    const service = require(tsNode).register(options);
    // ts-node 10 has the last word (its "ts-node" tsconfig section may say transpileOnly); ts-node 7 checks here.
    const o = service.options ?? {};
    if (!inputs || ((o.transpileOnly === true || o.swc === true) && o.typeCheck !== true)) {
        return undefined;
    }
    const outputs: TypeCheckRecord["outputs"] = {};
    const compile = service.compile;
    service.compile = (code: string, fileName: string, ...rest: unknown[]) => {
        inputs.files[fileName] = fileState(fileName);
        const js = compile.call(service, code, fileName, ...rest);
        outputs[fileName] = { source: sha256(code), js };
        return js;
    };
    return () => ({ setup, ...inputs, outputs });
    /* eslint-enable @typescript-eslint/no-require-imports */
}

/** Ends a run that reuses a type check found no longer to hold: the parent runs the program again, checked. */
function staleTypeCheck(): Error {
    send({ ok: false, stale: true });
    return new Error("the earlier type check no longer holds");
}

async function main(job: RunnerJob): Promise<void> {
    wire = job.wire;
    if (job.offline) {
        refuseNetwork();
    }
    const warnings: string[] = [];
    const fail = (err: unknown) => send(failure(err, job.dir));
    process.on("uncaughtException", fail);
    process.on("unhandledRejection", fail);
    process.chdir(job.dir);

    // The program's own @pulumi/pulumi, so that the mocks are set on the runtime its resources use.
    let pulumiMain: string;
    try {
        pulumiMain = require.resolve("@pulumi/pulumi", { paths: [job.dir] });
    } catch {
        pulumiMain = job.fallbackPulumi;
    }
    const pulumiDir = path.dirname(pulumiMain);
    /* eslint-disable @typescript-eslint/no-require-imports */
    const pulumi = require(pulumiMain);
    const rpc = require(path.join(pulumiDir, "runtime", "rpc"));
    const state = require(path.join(pulumiDir, "runtime", "state"));
    const resproto = require(path.join(pulumiDir, "proto", "resource_pb"));
    const { Struct } = require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pulumiDir] }));
    /* eslint-enable @typescript-eslint/no-require-imports */

    const warned = new Set<string>();
    const warnOnce = (message: string) => {
        if (!warned.has(message)) {
            warned.add(message);
            warnings.push(message);
        }
    };
    const answered = new Set(["azure-native:authorization:getClientConfig", "azure-native:resources:getResourceGroup"]);
    const mocks = {
        // Only reads (`Resource.get`, StackReference) get here: registrations are answered below.
        newResource: (args: { type: string; name: string; id?: string; inputs: Record<string, unknown> }) => {
            warnOnce(`${args.type} ${args.name} is read from an existing resource, which is not done offline: ` +
                "only its id and the given inputs are known");
            return { id: args.id || undefined, state: args.inputs };
        },
        call: (args: { token: string; inputs: Record<string, unknown> }) => {
            if (!answered.has(args.token)) {
                warnOnce(`${args.token} was answered with placeholder values`);
            }
            return answerInvoke(args.token, args.inputs, job.location);
        },
    };
    await pulumi.runtime.setMocks(mocks, job.project, job.stack, /* preview */ true, job.organization);
    const monitor = pulumi.runtime.getMonitor();

    // The engine's URNs leave the root stack out of a child's qualified type; the mock monitor's do not.
    const newUrn = (parent: string, type: string, name: string) => {
        let qualified = type;
        if (parent) {
            const parentType = parent.split("::")[2];
            if (parentType !== rootStackType) {
                qualified = `${parentType}$${type}`;
            }
        }
        return `urn:pulumi:${job.stack}::${job.project}::${qualified}::${name}`;
    };
    monitor.newUrn = newUrn; // reads (`Resource.get`) name theirs with it too

    const stackTransforms: Function[] = [];
    monitor.registerStackTransform = (req: any, callback: Function) => {
        const t = monitor.transformCallbacks.get(req.getToken());
        if (t) {
            stackTransforms.push(t);
        }
        callback(null, {});
    };

    const registrations: CapturedRegistration[] = [];
    monitor.registerResource = async (req: any, callback: Function) => {
        try {
            const type: string = req.getType();
            const name: string = req.getName();
            const custom: boolean = req.getCustom();
            const parent: string = req.getParent();
            let inputs: Record<string, unknown> = req.getObject()?.toJavaScript() ?? {};
            // Transforms run engine-side: the resource's own, then the stack's.
            const transforms = [
                ...req.getTransformsList().map((cb: any) => monitor.transformCallbacks.get(cb.getToken())),
                ...stackTransforms,
            ].filter((t) => typeof t === "function");
            if (transforms.length > 0) {
                let props = rpc.deserializeProperties(req.getObject(), true);
                for (const t of transforms) {
                    const result = await t({ type, name, custom, props, opts: {} });
                    if (result?.props) {
                        props = result.props;
                    }
                }
                inputs = JSON.parse(JSON.stringify(await rpc.serializeProperties(`transform(${name})`, props)));
            }
            const urn = newUrn(parent, type, name);
            const propertyDependencies: Record<string, string[]> = {};
            for (const [k, deps] of req.getPropertydependenciesMap().entries()) {
                propertyDependencies[k] = deps.getUrnsList();
            }
            registrations.push({
                urn, type, name, custom, parent, inputs,
                dependencies: req.getDependenciesList(), propertyDependencies,
                provider: req.getProvider(), version: req.getVersion(),
            });
            const outputs = custom ? previewOutputs(inputs) : {};
            monitor.resources.set(urn, { urn, id: null, state: outputs });
            const resp = new resproto.RegisterResourceResponse();
            resp.setUrn(urn);
            resp.setId(""); // unknown until created
            resp.setObject(Struct.fromJavaScript(outputs));
            callback(null, resp);
        } catch (err) {
            callback(err, undefined);
        }
    };

    const typeCheckRecord = job.typescript ? registerTypeScript(job, pulumiDir) : undefined;

    // A resource whose inputs reject (say, an Azure lookup that cannot be made offline) is never registered. The
    // engine would fail the preview; @pulumi/pulumi reports it only as an unhandled rejection that names no
    // resource. Its failed registration does name it: the run fails with that resource's type and name.
    const failPendingRegistration = state.failPendingRegistration;
    state.failPendingRegistration = (res: { __pulumiType?: string; __name?: string }, err: unknown) => {
        const message = err instanceof Error ? err.message : String(err);
        fail(new Error(`resource ${res.__name ?? "?"} (${res.__pulumiType ?? "unknown type"}) could not be registered: ${message}`));
        return failPendingRegistration(res, err);
    };

    process.argv = [process.argv[0], job.entry];
    await pulumi.runtime.runInPulumiStack(async () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const exported = require(job.entry);
        return await (exported instanceof Function ? exported() : exported);
    });
    await pulumi.runtime.waitForRPCs();
    // Rejections of failed registrations are reported after the RPCs settle: give them a turn first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    send({ ok: true, registrations, warnings, typeCheckRecord: typeCheckRecord?.() });
}

if (require.main === module) {
    // The job is read here: main sets process.argv to what the program expects.
    const job = JSON.parse(process.argv[2]) as RunnerJob;
    main(job).catch((err) => send(failure(err, job.dir)));
}
