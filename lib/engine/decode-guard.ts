/**
 * Requests @pulumi/policy cannot decode. Its Analyze, AnalyzeStack and Remediate handlers decode each resource's
 * properties (and its provider's) with `deserializeProperties`, which refuses some values the engine or a stack
 * export can carry: an asset with no non-empty path, text or uri (an empty StringAsset), a resource reference, an
 * output value, or any signature it does not know. @pulumi/policy 1.21 decodes inside its loop over the policies,
 * so the refusal surfaces as "Error validating resource with policy '<the first policy it tried>'", failing the
 * whole call: no finding of any policy on that resource (Analyze) or on the whole stack (AnalyzeStack). Remediate
 * decodes outside its error handling and never answers at all, and the Pulumi CLI calls Remediate on every
 * resource before Analyze: a preview with an empty StringAsset hangs.
 *
 * The guard runs where gRPC decodes those requests (the same hook point as lib/engine/configure-hook.ts): it asks
 * @pulumi/policy's own decoder whether a resource's properties decode, and if not, replaces each value it cannot
 * decode with the engine's unknown sentinel, so that every policy runs on the rest and a check that needs such a
 * value says "cannot decide". The `pack-decodable-properties` entry then reports the resource once, naming it, the
 * property paths and what kind of value each is, never a value.
 *
 * The internals relied on (checked by tests/engine/decode-guard.test.ts, which fails when they change):
 * `deserializeProperties` in @pulumi/policy/deserialize.js is the decoder the handlers use; the handlers decode
 * nothing else of a request's properties; @pulumi/policy registers @pulumi/pulumi's AnalyzerService (one module
 * instance, whose `requestDeserialize` gRPC takes at registration); a policy with both `validateResource` and
 * `validateStack` runs in Analyze and in AnalyzeStack. If the decoder is missing or does not behave, the guard is
 * not installed (one line on stderr says so) and @pulumi/policy's own behaviour stands.
 *
 * Installing the guard also installs the secret recorder (`installSecretRecorder`, lib/kit/secrets.ts), which
 * relies on the handlers calling `deserializeProperties` through the module's exports at each call, and on the
 * props proxy handing back its target under `__getSpecialProxyTarget` (tests/kit/secrets.test.ts checks both).
 */
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { urnName } from "../core/urn";
import { isPlainObject } from "../core/values";
import { sig, sigKey, unknownValue } from "../core/wire";
import { lookupType, mcsb } from "../kit/model";
import { recordingDecoder } from "../kit/secrets";
import { pulumiPeer } from "./peers";

/* eslint-disable @typescript-eslint/no-require-imports */
const { Struct } = pulumiPeer("google-protobuf/google/protobuf/struct_pb");
const rpc = require("@pulumi/pulumi/runtime/rpc");
/* eslint-enable @typescript-eslint/no-require-imports */

interface ProtoValue {
    toJavaScript(): unknown;
}
interface ProtoStruct {
    toJavaScript(): Record<string, unknown>;
    getFieldsMap(): { entries(): Iterable<[string, ProtoValue]> };
}
interface ProtoPropertyHolder {
    getUrn(): string;
    getType(): string;
    getName(): string;
    getProperties(): ProtoStruct | undefined;
    setProperties(s: ProtoStruct): void;
}
/** AnalyzeRequest (Analyze, Remediate) and AnalyzerResource (each resource of AnalyzeStack). */
export interface ProtoResource extends ProtoPropertyHolder {
    getProvider(): ProtoPropertyHolder | undefined;
}
interface ProtoStackRequest {
    getResourcesList(): ProtoResource[];
}

type Decoder = (struct: ProtoStruct, proxySecrets: boolean) => unknown;

/** Where the secret recorder's wrapper (`installSecretRecorder`) keeps the decoder it wraps. */
const originalPropertyDecoder = Symbol("original property decoder");

export const decodablePolicyName = "pack-decodable-properties";

/** One value the decoder refused: where it is, and what kind of value it is. */
export interface Undecodable {
    path: string;
    kind: string;
}

/** @pulumi/policy's own decoder, or undefined if this version of the package has none where 1.21 has it. */
export function policyDecoder(): Decoder | undefined {
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const decode = require("@pulumi/policy/deserialize").deserializeProperties;
        // The decoder itself, not the secret recorder's wrapper (which would record the guard's trial decodes).
        const original = typeof decode === "function" ? decode[originalPropertyDecoder] ?? decode : undefined;
        return typeof original === "function" ? original : undefined;
    } catch {
        return undefined;
    }
}

/** @pulumi/policy's version, for the message ("" if unreadable). */
function policyVersion(): string {
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return String(require("@pulumi/policy/package.json").version ?? "").replace(/^v/, "");
    } catch {
        return "";
    }
}


function kindOf(v: unknown): string {
    const signature = isPlainObject(v) ? v[sigKey] : undefined;
    switch (signature) {
        case rpc.specialAssetSig:
            return "an asset with no path, text or uri (an empty StringAsset, say)";
        case rpc.specialArchiveSig:
            return "an archive with no assets, path or uri, or holding something other than assets and archives";
        case sig.resourceReference:
            return "a resource reference (the Pulumi CLI sends the resource's id instead; a stack export keeps the reference)";
        case rpc.specialOutputValueSig:
            return "an output value";
        case sig.secret:
            return "a secret without a value it can decode";
        case undefined:
            return "a value it cannot decode";
        default:
            return "a value marked with a signature it does not know";
    }
}

/** At most `max` characters, so that a fuzzed key or name cannot flood the diagnostic. */
function clip(s: string, max = 100): string {
    const chars = Array.from(s);
    return chars.length <= max ? s : `${chars.slice(0, max - 3).join("")}...`;
}

/** A string as it may be printed: control characters and quotes escaped. */
function printable(s: string): string {
    return JSON.stringify(clip(s)).slice(1, -1);
}

/** `a.b[0]["odd key"]`, the kit's path style. */
export function pathText(segments: readonly (string | number)[]): string {
    let out = "";
    for (const s of segments) {
        if (typeof s === "number") {
            out += `[${s}]`;
        } else if (/^[A-Za-z_$][\w$-]*$/.test(s)) {
            out += out ? `.${s}` : s;
        } else {
            out += `[${JSON.stringify(s)}]`;
        }
    }
    return clip(out);
}

/** Repairs one resource's or provider's properties; see `guardResource`. */
class Repair {
    readonly found: { path: (string | number)[]; value: unknown }[] = [];

    constructor(private readonly decode: Decoder) {}

    decodes(value: unknown): boolean {
        try {
            this.decode(Struct.fromJavaScript({ value }), false);
            return true;
        } catch {
            return false;
        }
    }

    /**
     * `value` with each innermost value the decoder refuses replaced by the unknown sentinel, looking inside arrays,
     * plain objects and secrets; a container that still does not decode once its parts are repaired is replaced whole.
     */
    value(value: unknown, path: (string | number)[]): unknown {
        if (this.decodes(value)) {
            return value;
        }
        const before = this.found.length;
        let repaired: unknown = unknownValue;
        if (Array.isArray(value)) {
            repaired = value.map((x, i) => this.value(x, [...path, i]));
        } else if (isPlainObject(value)) {
            const signature = value[sigKey];
            if (!signature) {
                repaired = this.entries(value, path);
            } else if (signature === sig.secret && "value" in value) {
                repaired = { ...value, value: this.value(value.value, path) };
            }
            // Anything else marked with a signature goes whole: an archive, say, may hold assets and archives only.
        }
        if (this.found.length === before || !this.decodes(repaired)) {
            this.found.splice(before);
            this.found.push({ path, value });
            return unknownValue;
        }
        return repaired;
    }

    entries(o: Record<string, unknown>, path: (string | number)[]): Record<string, unknown> {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(o)) {
            // As a data property: a key named __proto__ stays a key.
            Object.defineProperty(out, k, { value: this.value(v, [...path, k]), enumerable: true, writable: true, configurable: true });
        }
        return out;
    }

    problems(): Undecodable[] {
        return this.found.map((f) => ({ path: pathText(f.path), kind: kindOf(f.value) }));
    }
}

/**
 * Makes the properties of `holder` decodable, in place; returns what the decoder refused (empty if nothing).
 * Only when the decoder refuses the properties as sent does anything else happen: the common case costs one
 * extra decode.
 */
function guardProperties(holder: ProtoPropertyHolder, decode: Decoder): Undecodable[] {
    const struct = holder.getProperties();
    if (struct === undefined) {
        // Not something the engine sends; @pulumi/policy would fail on it. Absent properties read as none.
        holder.setProperties(new Struct());
        return [];
    }
    try {
        decode(struct, false);
        return [];
    } catch {
        // Repaired below.
    }
    const repair = new Repair(decode);
    let props: Record<string, unknown>;
    try {
        props = struct.toJavaScript();
    } catch {
        // A field that is not valid protobuf (no kind set): only a hand-made request has one. Read field by field.
        props = {};
        for (const [k, v] of struct.getFieldsMap().entries()) {
            try {
                props[k] = v.toJavaScript();
            } catch {
                repair.found.push({ path: [k], value: undefined });
                props[k] = unknownValue;
            }
        }
    }
    let repaired = repair.entries(props, []);
    if (!repair.decodes(repaired)) {
        // Cannot happen with the decoder as it is; if it changes, no value is passed on rather than a wrong one.
        repaired = Object.fromEntries(Object.keys(props).map((k) => [k, unknownValue]));
    }
    holder.setProperties(Struct.fromJavaScript(repaired));
    return repair.problems();
}

/** `a, b and 3 more, each a resource reference; c, an asset ...`: the paths of each kind, at most five. */
function listed(problems: readonly Undecodable[], max = 5): string {
    const byKind = new Map<string, string[]>();
    for (const p of problems) {
        byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p.path]);
    }
    return [...byKind].map(([kind, paths]) => {
        const shown = paths.slice(0, max).join(", ") + (paths.length > max ? ` and ${paths.length - max} more` : "");
        return `${shown}, ${paths.length > 1 ? "each " : ""}${kind}`;
    }).join("; ");
}

/**
 * Makes one resource of a request decodable, in place. Returns the diagnostic's message if anything had to be
 * replaced, else undefined. The message names the resource, the paths and the kinds of value, never a value.
 */
export function guardResource(r: ProtoResource, decode: Decoder): string | undefined {
    const own = guardProperties(r, decode);
    const provider = r.getProvider();
    const theirs = provider ? guardProperties(provider, decode) : [];
    const n = own.length + theirs.length;
    if (n === 0) {
        return undefined;
    }
    const name = r.getName() || urnName(r.getUrn());
    const where = [
        ...(own.length > 0 ? [listed(own)] : []),
        ...(theirs.length > 0 ? [`in the properties of its provider ${printable(provider!.getType())} ` +
            `"${printable(provider!.getName() || urnName(provider!.getUrn()))}": ${listed(theirs)}`] : []),
    ];
    const version = policyVersion();
    return `@pulumi/policy${version ? ` ${version}` : ""} cannot decode ${n === 1 ? "a value" : `${n} values`} of ` +
        `${printable(r.getType())} "${printable(name)}": ${where.join("; and ")}. The pack's policies ran with ` +
        `${n === 1 ? "that value unknown, so a check that needs it" : "those values unknown, so a check that needs one"} ` +
        "could not decide.";
}

// What the guard found, between the decoding of a request and the handler that serves it. Keyed by URN: the
// engine sends one Analyze per resource (several may be in flight) and one AnalyzeStack at the end.
/** Analyze requests with undecodable values, URN -> message, until pack-decodable-properties reports them. */
const pendingAnalyze = new Map<string, string>();
/** Resources reported by Analyze since the last AnalyzeStack, which does not report them again. */
const reportedByAnalyze = new Set<string>();
/** The AnalyzeStack request being served: URN -> message. */
let pendingStack = new Map<string, string>();

/**
 * Only a resource of a type some policy examines is reported: the values of any other are repaired (so that the
 * call is answered) and nothing is lost by not reading them.
 */
const examined = (r: ProtoResource) => lookupType(r.getType()) !== undefined;

export function guardAnalyzeRequest(req: ProtoResource, decode: Decoder): void {
    const message = guardResource(req, decode);
    if (message === undefined || !examined(req)) {
        pendingAnalyze.delete(req.getUrn());
    } else {
        pendingAnalyze.set(req.getUrn(), message);
    }
}

export function guardAnalyzeStackRequest(req: ProtoStackRequest, decode: Decoder): void {
    const next = new Map<string, string>();
    for (const r of req.getResourcesList()) {
        const message = guardResource(r, decode);
        if (message !== undefined && examined(r) && !reportedByAnalyze.has(r.getUrn())) {
            next.set(r.getUrn(), message);
        }
    }
    // The stack ends a run of Analyze calls: what was reported in it was reported once.
    reportedByAnalyze.clear();
    pendingAnalyze.clear();
    pendingStack = next;
}

/** URNs of Remediate requests the guard repaired: their props hold the unknown sentinel where a value was. */
const repairedForRemediate = new Set<string>();

/**
 * Remediate: made decodable so that it answers; Analyze, which the engine calls next, reports the resource. A
 * repaired resource must not be remediated: the props a fix returns would send the sentinel back in place of the
 * value the guard replaced (`remediationRepaired`).
 */
export function guardRemediateRequest(req: ProtoResource, decode: Decoder): void {
    if (guardResource(req, decode) !== undefined) {
        repairedForRemediate.add(req.getUrn());
    } else {
        repairedForRemediate.delete(req.getUrn());
    }
}

/** Did the guard repair this resource's Remediate request? Then no policy may hand its props back. */
export const remediationRepaired = (urn: string): boolean => repairedForRemediate.has(urn);

/**
 * The entry that reports resources the guard had to repair: one diagnostic per resource and run, from Analyze
 * or, for a resource only the stack shows, from AnalyzeStack. Advisory by default: what it reports is a limit of
 * the pack's reading, not a setting of the resource, and the checks that needed the value say they could not
 * decide, as they do on values unknown at preview (which do not block either); an admin who wants such a resource
 * to block sets it to mandatory in policy config, like any policy.
 */
export const decodablePropertiesPolicy: ResourceValidationPolicy & Pick<StackValidationPolicy, "validateStack"> = {
    name: decodablePolicyName,
    description: "Every resource's properties can be decoded by @pulumi/policy, so the pack's policies check all of them.",
    enforcementLevel: "advisory",
    severity: "medium",
    remediationSteps: "Give a StringAsset some text (or use a FileAsset or RemoteAsset); where an input takes a " +
        "resource's id, pass the id, not the resource; in a stack export, fix the value at the path named. If the " +
        `value is right and only @pulumi/policy refuses it, set ${decodablePolicyName} to disabled: the other ` +
        "policies still run, without that value.",
    framework: {
        name: mcsb.name,
        version: mcsb.version,
        reference: "PV-2",
        specification: "The pack could not audit the whole of a resource's configuration",
    },
    tags: ["pack"],
    validateResource: (args, reportViolation) => {
        const message = pendingAnalyze.get(args.urn);
        if (message !== undefined) {
            pendingAnalyze.delete(args.urn);
            reportedByAnalyze.add(args.urn);
            reportViolation(message);
        }
    },
    validateStack: (_args, reportViolation) => {
        const pending = pendingStack;
        pendingStack = new Map();
        for (const [urn, message] of pending) {
            reportViolation(message, urn);
        }
    },
};

/** Does the decoder behave as the guard assumes: plain values and secrets through, an unknown signature refused? */
export function decoderBehaves(decode: Decoder): boolean {
    try {
        const plain = { a: [1, "x", null, { b: true }], s: { [sigKey]: sig.secret, value: "v" } };
        const got = JSON.stringify(decode(Struct.fromJavaScript(plain), false));
        if (got !== JSON.stringify({ a: plain.a, s: "v" })) {
            return false;
        }
    } catch {
        return false;
    }
    try {
        decode(Struct.fromJavaScript({ x: { [sigKey]: "not a signature" } }), false);
        return false;
    } catch {
        return true;
    }
}

const originalDecoder = Symbol("original request decoder");

/**
 * Makes @pulumi/policy's property decoder record which values were secrets (lib/kit/secrets.ts), for the kit's
 * `isSecret`. The handlers call `deserialize_1.deserializeProperties` through the module's exports at each call, so
 * replacing the export reaches Analyze, AnalyzeStack and the provider's properties; no timing constraint. Returns
 * whether it did (false if this version of @pulumi/policy has no decoder there: `isSecret` then answers false).
 */
export function installSecretRecorder(): boolean {
    let mod: { deserializeProperties?: Decoder & { [originalPropertyDecoder]?: Decoder } };
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        mod = require("@pulumi/policy/deserialize");
    } catch {
        return false;
    }
    const current = mod.deserializeProperties;
    if (typeof current !== "function") {
        return false;
    }
    // Installing twice replaces the wrapper rather than stacking a second one on the first.
    const original = current[originalPropertyDecoder] ?? current;
    mod.deserializeProperties = Object.assign(decodingOnce(recordingDecoder(original)), { [originalPropertyDecoder]: original });
    return true;
}

/**
 * `decode`, keeping what it gave for each Struct: @pulumi/policy's handlers decode a request's properties once per
 * policy (lib/engine/dispatch.ts), and the decode guard once more to try them; all of them get the first decoding.
 * Struct wrappers belong to one request, so the cache lives as long as the request does (a WeakMap). Only plain
 * decoding (secrets unwrapped, as Analyze and AnalyzeStack ask for) is kept: Remediate's decoding keeps secrets as
 * objects, and its policies hand on what they change.
 */
function decodingOnce(decode: Decoder): Decoder {
    const decoded = new WeakMap<object, unknown>();
    return (struct, proxySecrets) => {
        if (proxySecrets || struct === null || typeof struct !== "object") {
            return decode(struct, proxySecrets);
        }
        if (decoded.has(struct)) {
            return decoded.get(struct);
        }
        const value = decode(struct, proxySecrets);
        decoded.set(struct, value);
        return value;
    };
}

interface MethodDefinition {
    requestDeserialize: ((buf: Buffer) => unknown) & { [originalDecoder]?: (buf: Buffer) => unknown };
}

function hook(method: MethodDefinition, guard: (req: any) => void): void {
    // Installing twice replaces the hook rather than stacking a second one on the first.
    const decode = method.requestDeserialize[originalDecoder] ?? method.requestDeserialize;
    const hooked = Object.assign((buf: Buffer) => {
        const req = decode(buf);
        try {
            guard(req);
        } catch (e) {
            // A bug here must not cost the call: the request goes on as it came, and @pulumi/policy answers it.
            process.stderr.write(`azure-srm: the decode guard failed (${e instanceof Error ? e.name : typeof e}); ` +
                "the request goes to @pulumi/policy unguarded\n");
        }
        return req;
    }, { [originalDecoder]: decode });
    method.requestDeserialize = hooked;
}

/**
 * Installs the guard on the Analyze, AnalyzeStack and Remediate decoders; returns whether it did. Must run before
 * the PolicyPack is constructed: gRPC takes each decoder when the service is registered.
 */
export function installDecodeGuard(): boolean {
    if (!installSecretRecorder()) {
        process.stderr.write("azure-srm: @pulumi/policy's property decoder is not where version 1.21 has it; " +
            "policies cannot tell a Pulumi secret from a literal value\n");
    }
    const decode = policyDecoder();
    if (!decode || !decoderBehaves(decode)) {
        process.stderr.write("azure-srm: @pulumi/policy's property decoder is not where or what version 1.21 has; " +
            "resources it cannot decode fail the call as @pulumi/policy reports it\n");
        return false;
    }
    // The trial decoding goes through the pack's decoder where it is installed, which keeps what it decodes: the
    // handlers then reuse it instead of decoding the same properties again.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const installed = require("@pulumi/policy/deserialize").deserializeProperties as Decoder & { [originalPropertyDecoder]?: Decoder };
    const trial = installed[originalPropertyDecoder] === decode ? installed : decode;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { AnalyzerService } = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
    hook(AnalyzerService.analyze, (req) => guardAnalyzeRequest(req, trial));
    hook(AnalyzerService.analyzeStack, (req) => guardAnalyzeStackRequest(req, trial));
    hook(AnalyzerService.remediate, (req) => guardRemediateRequest(req, trial));
    return true;
}
