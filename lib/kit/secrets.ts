/**
 * Was a value a Pulumi secret? @pulumi/policy decodes each request's properties with
 * `deserializeProperties(struct, false)`, which unwraps every secret into its plain value, so a policy's props
 * cannot tell `pulumi.secret("x")` from `"x"`. The recording decoder here wraps that decoder: it reads the secret
 * paths of the struct it is given (a secret is `{ [sigKey]: sig.secret, value }` on the wire, from the engine, from
 * `azure-srm scan`'s inputs and from the tester alike), decodes as before, and marks, in the objects it just
 * decoded, which keys held a secret and which objects lie wholly inside one. Nothing is added to the objects: the
 * marks are kept in weak maps, keyed by the decoded objects themselves, which the props proxy of @pulumi/policy
 * hands back through its `__getSpecialProxyTarget` key. So a mark belongs to one decoding of one resource: no
 * state is shared between requests, and concurrent Analyze calls cannot see each other's.
 *
 * `isSecret(container, key)` is what a check asks. A value unknown at preview that is a secret
 * (`secret(unknown)`, a secure config value offline, an encrypted export's ciphertext) is a secret: asked first,
 * the check need not read the value, and reading it still says "cannot decide yet".
 *
 * Installed explicitly (lib/engine/decode-guard.ts `installSecretRecorder`, lib/engine/evaluate.ts); the tester
 * decodes with `decodeRecordingSecrets` itself. Where it is not installed, `isSecret` answers false: a check then
 * treats a secret as a literal, so a check that must not flag secrets should say so in its tests (they run with it).
 */
import { sig, sigKey } from "../core/wire";

type Segment = string | number;
interface StructLike {
    toJavaScript(): Record<string, unknown>;
}

/** Decoded object -> its own keys whose values were secrets. */
const secretKeys = new WeakMap<object, Set<string>>();
/** Decoded objects and arrays that were (inside) a secret. */
const insideSecret = new WeakSet<object>();
/** Struct -> the paths of the secrets in it, read once: @pulumi/policy decodes the same struct once per policy. */
const pathsOfStruct = new WeakMap<object, readonly Segment[][]>();

const isContainer = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object";
const isSecretWire = (v: unknown): boolean => isContainer(v) && !Array.isArray(v) && v[sigKey] === sig.secret;

/** The paths of the outermost secrets in wire-form properties (iterative: properties may nest deep). */
export function secretPaths(wire: Record<string, unknown>): Segment[][] {
    const out: Segment[][] = [];
    const pending: [unknown, Segment[]][] = Object.entries(wire).map(([k, v]) => [v, [k]]);
    while (pending.length > 0) {
        const [v, path] = pending.pop()!;
        if (isSecretWire(v)) {
            out.push(path);
        } else if (Array.isArray(v)) {
            v.forEach((x, i) => pending.push([x, [...path, i]]));
        } else if (isContainer(v) && !(sigKey in v)) {
            // Assets, archives and resource references hold no properties of the resource.
            for (const [k, x] of Object.entries(v)) {
                pending.push([x, [...path, k]]);
            }
        }
    }
    return out;
}

function markInside(v: unknown): void {
    const pending = [v];
    while (pending.length > 0) {
        const x = pending.pop();
        if (isContainer(x) && !insideSecret.has(x)) {
            insideSecret.add(x);
            pending.push(...Object.values(x));
        }
    }
}

/** Marks, in `decoded`, the secrets found at `paths` of its wire form. */
function mark(decoded: unknown, paths: readonly Segment[][]): void {
    for (const path of paths) {
        let parent: unknown = decoded;
        for (const s of path.slice(0, -1)) {
            parent = isContainer(parent) ? parent[s as string] : undefined;
        }
        if (!isContainer(parent)) {
            continue; // not decoded (a top-level key whose value was undefined), so nothing to mark
        }
        const key = String(path[path.length - 1]);
        let keys = secretKeys.get(parent);
        if (!keys) {
            keys = new Set();
            secretKeys.set(parent, keys);
        }
        keys.add(key);
        markInside(parent[key]);
    }
}

/** `decode`, recording the secrets of what it decodes. */
export function recordingDecoder<S extends StructLike>(decode: (struct: S, proxySecrets: boolean) => unknown):
    (struct: S, proxySecrets: boolean) => unknown {
    return (struct: S, proxySecrets: boolean) => {
        const decoded = decode(struct, proxySecrets);
        if (proxySecrets) {
            return decoded; // secrets stay visible as Secret objects: nothing to record
        }
        let paths = pathsOfStruct.get(struct);
        if (!paths) {
            paths = secretPaths(struct.toJavaScript());
            pathsOfStruct.set(struct, paths);
        }
        if (paths.length > 0) {
            mark(decoded, paths);
        }
        return decoded;
    };
}

/** The object a props proxy of @pulumi/policy stands for (the object itself if it is none). */
function targetOf(v: object): object {
    const target = (v as Record<string, unknown>).__getSpecialProxyTarget;
    return isContainer(target) ? target : v;
}

/**
 * Was `container[key]` a Pulumi secret (`pulumi.secret(...)`, a secret output, a secure config value), or inside
 * one? `container` is any object or array of a check's props (the props themselves, an item `ctx.each` gives).
 * Reads no value: safe to ask of a value unknown at preview. False for anything that is not a decoded container.
 */
export function isSecret(container: unknown, key: Segment): boolean {
    if (!isContainer(container)) {
        return false;
    }
    const target = targetOf(container);
    const yes = insideSecret.has(target) || (secretKeys.get(target)?.has(String(key)) ?? false);
    answeredYes += yes ? 1 : 0;
    return yes;
}

let answeredYes = 0;

/**
 * How many times `isSecret` has said yes in this process. For the tester's property tests, which require a secret
 * to decide as the same value sent plain, except where a check asked and learned that a value was a secret.
 */
export function secretsAnswered(): number {
    return answeredYes;
}
