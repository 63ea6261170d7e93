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
    /** Register ts-node (transpile-only) for .ts files, as the language host does unless runtime.options.typescript is false. */
    typescript: boolean;
    /** A tsconfig.json to take compiler options from, when the program has one. */
    tsconfig?: string;
    tsNode: string;
    typescriptCompiler: string;
    /** The pack's own @pulumi/pulumi, used when the program cannot resolve one. */
    fallbackPulumi: string;
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

export type RunnerMessage =
    | { ok: true; registrations: CapturedRegistration[]; warnings: string[] }
    | { ok: false; error: string };

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

/** One line that says what went wrong, the way `pulumi preview` would print it, without the stack. */
export function describeError(err: unknown, dir: string): string {
    if (!(err instanceof Error)) {
        return String(err).split("\n")[0];
    }
    const e = err as Error & { diagnosticText?: string; diagnosticCodes?: number[] };
    let text = e.message;
    if (e.name === "TSError" && typeof e.diagnosticText === "string") {
        // "⨯ Unable to compile TypeScript:\nindex.ts(3,7): error TS1005: ..." -> the first diagnostic.
        text = e.diagnosticText;
    } else if ((e as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND") {
        // "Cannot find module 'x'\nRequire stack: ..." -> the first line says it.
        text = e.message;
    }
    const line = text.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? e.name;
    return line.split(dir + path.sep).join("");
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

async function main(): Promise<void> {
    const job = JSON.parse(process.argv[2]) as RunnerJob;
    wire = job.wire;
    if (job.offline) {
        refuseNetwork();
    }
    const warnings: string[] = [];
    const fail = (err: unknown) => send({ ok: false, error: describeError(err, job.dir) });
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

    if (job.typescript) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require(job.tsNode).register({
            compiler: job.typescriptCompiler,
            transpileOnly: true,
            project: job.tsconfig,
            skipProject: job.tsconfig === undefined,
            compilerOptions: job.tsconfig === undefined ? {
                target: "ES2020", module: "commonjs", moduleResolution: "node", esModuleInterop: true, sourceMap: true,
            } : { module: "commonjs", moduleResolution: "node" },
        });
    }

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
    send({ ok: true, registrations, warnings });
}

if (require.main === module) {
    main().catch((err) => send({ ok: false, error: describeError(err, JSON.parse(process.argv[2] ?? "{}").dir ?? "") }));
}
