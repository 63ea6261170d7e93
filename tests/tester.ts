/**
 * The shared policy tester, in the spirit of typescript-eslint's RuleTester. A test file lists compliant
 * (`valid`), violating (`invalid`, each naming the message it expects) and undecidable-at-preview (`undecided`)
 * cases; the tester builds the policy's arguments the way the engine and @pulumi/policy do (properties through
 * a protobuf Struct, unknowns as the engine's sentinel, then @pulumi/policy's own deserializer and
 * unknown-checking proxy) and runs every case again under a versioned type token and under each alias token the
 * SDK declares (the azure-native 2.x module names), and (for resource policies) checks that a resource of another
 * type is left alone.
 */
import * as assert from "assert";
import * as fs from "fs";
import { isDeepStrictEqual } from "util";
import type { PolicyResource, ReportViolation } from "@pulumi/policy";
import { unknownCheckingProxy } from "@pulumi/policy";
import { toPulumiPolicy } from "../lib/engine/pack";
import { validateJsonSchema } from "../lib/engine/policy-config";
import { MessageValue, withheld } from "../lib/kit/messages";
import { defaultsOf, schemaOf } from "../lib/kit/options";
import { fixChanges } from "../lib/kit/fix";
import { PolicyDefinition, ReportRecord, ResourcePolicyDefinition, StackPolicyDefinition } from "../lib/kit/policy";
import { lookupType, unversioned } from "../lib/kit/model";
import { recordingDecoder, secretsAnswered } from "../lib/kit/secrets";
import { secret as wireSecret } from "../lib/core/wire";
import { register } from "../lib/kit/registry";
import { declaredAliases, sdkClassFile } from "../scripts/token-aliases";
import { resourcePolicyProperties, stackPolicyProperties } from "./properties";

/* eslint-disable @typescript-eslint/no-require-imports */
const { Struct } = require("google-protobuf/google/protobuf/struct_pb");
const policyDecoding = require("@pulumi/policy/deserialize");
const deserializeProperties = recordingDecoder(policyDecoding.deserializeProperties);
const { unknownStringValue } = require("@pulumi/policy/proxy");
/* eslint-enable @typescript-eslint/no-require-imports */

const unknownMarker = Symbol("unknown at preview");

/** A value that is unknown at preview (an output of a resource not yet created). Typed to fit any input. */
export function unknown(): any {
    return { [unknownMarker]: true };
}

/**
 * A Pulumi secret (`pulumi.secret(value)`, a secret output, a secure config value), as the engine sends it: the
 * policy reads the plain value, and the kit's `isSecret` says it was a secret. `secret(unknown())` is a secret
 * whose value is unknown at preview. Typed to fit any input.
 */
export function secret(value: unknown): any {
    return { [secretMarker]: true, value };
}
// A marker rather than the wire form itself, so that the property tests (tests/properties.ts) treat a secret as one
// value and never take it apart.
const secretMarker = Symbol("a Pulumi secret");

/**
 * A value of a type the SDK's `*Args` do not allow, such as null (`[ssh, cond ? rdp : undefined]` after JSON, an
 * `external: true` read in a stack export): policies must decide on it, or decline, without throwing.
 */
export function untyped(value: unknown): any {
    return value;
}

/** A resource class of @pulumi/azure-native: its constructor gives the `*Args` type. */
export interface ResourceClass<TArgs> {
    new (name: string, args: TArgs, ...rest: any[]): unknown;
}

/** The type token of an azure-native class, read from the class itself (never typed by hand). */
export function tokenOf(cls: ResourceClass<any>): string {
    const token = (cls as unknown as { __pulumiType?: string }).__pulumiType;
    assert.ok(token, "class has no __pulumiType");
    return token;
}

/** The same token under an explicit API version: `azure-native:storage/v20230101:StorageAccount`. */
export function versioned(token: string, version = "v20240101"): string {
    const [pkg, mod, name] = token.split(":");
    return `${pkg}:${mod}/${version}:${name}`;
}

export interface TestResource {
    type: string;
    props: Record<string, unknown>;
}

/** A resource of class `cls` with inputs `args`, type-checked against the SDK's `*Args` interface. */
export function resource<TArgs>(cls: ResourceClass<TArgs>, args: TArgs): TestResource {
    return { type: tokenOf(cls), props: args as unknown as Record<string, unknown> };
}

/**
 * Props as the engine sends them: JSON-like, unknowns as the sentinel, secrets as the engine's secret objects, then
 * @pulumi/policy's own decoding, made to record secrets as the pack does (lib/kit/secrets.ts).
 */
export function engineProps(props: Record<string, unknown>): Record<string, any> {
    return unknownCheckingProxy(deserializeProperties(Struct.fromJavaScript(wireProps(props)), false));
}

/** Props as the engine sends them over gRPC: JSON, unknowns as the sentinel, secrets as the engine's secret objects. */
function wireProps(props: Record<string, unknown>): Record<string, unknown> {
    return JSON.parse(JSON.stringify(props, (_k, v) =>
        v === null || typeof v !== "object" ? v : v[unknownMarker] ? unknownStringValue : v[secretMarker] ? wireSecret(v.value) : v));
}

interface Outcome {
    messages: string[];
    /** What each report carried before it became text: its message id and data. */
    records: ReportRecord[];
    urns: (string | undefined)[];
    notApplicable: string[];
    /** Whether the kit's `isSecret` said yes during the run: a secret may then have cleared a finding. */
    secretsAnswered: boolean;
}

class NotApplicable extends Error {
    constructor(readonly reason: string) {
        super(reason);
    }
}

function collector(): { outcome: Outcome; observe: (r: ReportRecord) => void; report: ReportViolation;
    notApplicable: (r?: string) => never; } {
    const outcome: Outcome = { messages: [], records: [], urns: [], notApplicable: [], secretsAnswered: false };
    return {
        outcome,
        observe: (record) => outcome.records.push(record),
        report: (message, urn) => {
            outcome.messages.push(message);
            outcome.urns.push(urn);
        },
        notApplicable: (reason) => {
            throw new NotApplicable(reason ?? "");
        },
    };
}

/**
 * A case's config, checked against the policy's option schema as the CLI checks an admin's (so a case cannot
 * test a config no admin could set), then sent as the CLI sends it: only what was set; the kit fills defaults.
 */
function checkedConfig(def: PolicyDefinition, config: object | undefined): Record<string, unknown> {
    const properties = schemaOf(def.config) ?? {};
    const problems = validateJsonSchema({ type: "object", properties, additionalProperties: false }, config ?? {});
    assert.deepStrictEqual(problems, [], `the case's config does not pass ${def.name}'s option schema`);
    return { ...config };
}

export function runResource(def: ResourcePolicyDefinition, r: TestResource, config?: object,
    view: (props: Record<string, any>) => Record<string, any> = (p) => p): Outcome {
    const { outcome, observe, report, notApplicable } = collector();
    const policy = toPulumiPolicy(register(def, "test"), observe);
    const validate = (policy as { validateResource: Function }).validateResource;
    const settings = checkedConfig(def, config);
    const props = view(engineProps(r.props));
    const answered = secretsAnswered();
    try {
        validate({
            type: r.type, props, urn: `urn:pulumi:test::test::${r.type}::res`, name: "res",
            opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: {}, additionalSecretOutputs: [] },
            stackTags: new Map(), isType: () => false, asType: () => undefined,
            getConfig: () => settings, notApplicable,
        }, report);
    } catch (e) {
        if (!(e instanceof NotApplicable)) {
            throw e;
        }
        outcome.notApplicable.push(e.reason);
    }
    outcome.secretsAnswered = secretsAnswered() > answered;
    return outcome;
}

/**
 * Runs the policy's `remediateResource` as @pulumi/policy's Remediate handler does (props decoded with secrets kept as
 * secrets, behind the unknown-checking proxy; the result serialized back), returning the new props in the engine's
 * wire form, or undefined where the policy left the resource as it was.
 */
export async function runRemediation(def: ResourcePolicyDefinition, r: TestResource, config?: object):
    Promise<Record<string, unknown> | undefined> {
    const policy = toPulumiPolicy(register(def, "test")) as { remediateResource?: Function };
    assert.ok(policy.remediateResource, `${def.name} has a fix but no remediateResource`);
    const settings = checkedConfig(def, config);
    const props = unknownCheckingProxy(policyDecoding.deserializeProperties(Struct.fromJavaScript(wireProps(r.props)), true));
    const result = await Promise.resolve(policy.remediateResource({
        type: r.type, props, urn: `urn:pulumi:test::test::${r.type}::res`, name: "res",
        opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: {}, additionalSecretOutputs: [] },
        stackTags: new Map(), isType: () => false, asType: () => undefined,
        getConfig: () => settings, notApplicable: (reason?: string) => { throw new NotApplicable(reason ?? ""); },
    }));
    return result ? await policyDecoding.serializeProperties(result) : undefined;
}

/** A view of props that records every path the check reads (`siteConfig.ftpsState`), for `assertFixReadByCheck`. */
function readRecorder(reads: Set<string>): (props: Record<string, any>) => Record<string, any> {
    const wrap = (target: any, prefix: string): any => target === null || typeof target !== "object" ? target : new Proxy(target, {
        get: (obj, key, receiver) => {
            const value = Reflect.get(obj, key, receiver);
            if (typeof key !== "string" || typeof value === "function") {
                return value;
            }
            const path = prefix ? `${prefix}.${key}` : key;
            reads.add(path);
            return wrap(value, path);
        },
    });
    return (props) => wrap(props, "");
}

/**
 * A fix sets only properties the check reads: each change's path, or, where the path runs through an absent object,
 * that object's path, must be read by the check on the case, before or after the fix (a retention's days are read
 * once it is on).
 */
function assertFixReadByCheck(def: ResourcePolicyDefinition, c: ResourceCase<unknown>, fixed: Record<string, unknown>,
    changed: readonly string[]): void {
    const reads = new Set<string>();
    runResource(def, c.resource, c.config, readRecorder(reads));
    runResource(def, { type: c.resource.type, props: fixed }, c.config, readRecorder(reads));
    for (const path of changed) {
        const keys = path.split(".");
        let at: unknown = c.resource.props;
        let needed = keys.length;
        for (let i = 0; i < keys.length; i++) {
            at = at !== null && typeof at === "object" ? (at as Record<string, unknown>)[keys[i]] : undefined;
            if (at === undefined || at === null) {
                needed = i + 1;
                break;
            }
        }
        const read = keys.slice(0, needed).join(".");
        assert.ok(reads.has(read), `the fix sets ${path}, but the check never reads ${read}`);
    }
}

/** The paths where two wire-form values differ (a leaf each, or an object present on one side only). */
function differences(a: unknown, b: unknown, prefix = ""): string[] {
    const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
    if (isObj(a) && isObj(b)) {
        return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
            .flatMap((k) => differences(a[k], b[k], prefix ? `${prefix}.${k}` : k));
    }
    if (!isObj(a) && isObj(b)) {
        // An object the fix created: each leaf it holds is a change.
        return a === undefined || a === null ? differences({}, b, prefix) : [prefix];
    }
    return isDeepStrictEqual(a, b) ? [] : [prefix];
}

/**
 * The remediation runs: for every invalid case, under every token, remediate then validate gives no violation of
 * the policy, changing only what the fix declares and the check reads, and keeping every other input (secrets as
 * secrets); valid and undecided cases are left as they are. Every type the policy fixes needs an invalid case.
 */
function remediationTests<C>(def: ResourcePolicyDefinition, cases: {
    valid: ResourceCase<C>[]; invalid: ResourceCase<C>[]; undecided: ResourceCase<C>[];
}): void {
    if (def.fixes.size === 0) {
        return;
    }
    it("remediate: every type the policy fixes has an invalid case", () => {
        const covered = new Set(cases.invalid.map((c) => lookupType(c.resource.type)));
        const missing = [...def.fixes.keys()].filter((t) => !covered.has(t)).map((t) => t.token);
        assert.deepStrictEqual(missing, [], "fixed types without an invalid case to remediate");
    });
    for (const c of cases.invalid) {
        it(`remediate, then validate: ${c.name}`, async () => {
            for (const type of tokenVariants(c.resource.type)) {
                const r = withType(c.resource, type);
                const fixed = await runRemediation(def, r, c.config);
                assert.ok(fixed, `${type}: the fix was not applied`);
                const changed = differences(wireProps(r.props), fixed);
                assert.ok(changed.length > 0, `${type}: remediation returned the props unchanged`);
                const declared = (fixChanges(def, type, r.props, { ...defaultsOf(def.config), ...c.config }) ?? []).map((x) => x.path);
                assert.deepStrictEqual(changed.filter((p) => !declared.includes(p)), [],
                    `${type}: remediation changed inputs its fix does not declare`);
                const out = runResource(def, { type, props: fixed }, c.config);
                assert.deepStrictEqual(out.messages, [], `${type}: still violates ${def.name} after remediation`);
                // What was unknown stays unknown: undecided afterwards only if it was before.
                const before = runResource(def, r, c.config).notApplicable.length;
                assert.strictEqual(out.notApplicable.length, before, `${type}: undecided after remediation`);
                assertFixReadByCheck(def, { ...c, resource: r }, fixed, changed);
            }
        });
    }
    it("remediate: valid and undecided cases are left as they are", async () => {
        for (const c of [...cases.valid, ...cases.undecided]) {
            for (const type of tokenVariants(c.resource.type)) {
                assert.strictEqual(await runRemediation(def, withType(c.resource, type), c.config), undefined,
                    `${c.name} (${type}): remediation changed a resource the check does not report`);
            }
        }
    });
}

export interface StackTestResource extends TestResource {
    name: string;
    /** Property dependencies by input name: the names of the resources that input depends on. */
    dependsOn?: Record<string, string[]>;
}

const urnOf = (r: { type: string; name: string }) => `urn:pulumi:test::test::${r.type}::${r.name}`;

export function runStack(def: StackPolicyDefinition, rs: StackTestResource[], config?: object): Outcome {
    const { outcome, observe, report, notApplicable } = collector();
    const policy = toPulumiPolicy(register(def, "test"), observe);
    const validate = (policy as { validateStack: Function }).validateStack;
    const settings = checkedConfig(def, config);
    const built = new Map<string, PolicyResource>();
    for (const r of rs) {
        built.set(r.name, {
            type: r.type, props: engineProps(r.props), urn: urnOf(r), name: r.name,
            opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] },
            dependencies: [], propertyDependencies: {}, isType: () => false, asType: () => undefined,
        });
    }
    for (const r of rs) {
        const res = built.get(r.name)!;
        for (const [prop, names] of Object.entries(r.dependsOn ?? {})) {
            res.propertyDependencies[prop] = names.map((n) => {
                const dep = built.get(n);
                assert.ok(dep, `dependsOn names "${n}", which is not in the case`);
                return dep;
            });
            res.dependencies.push(...res.propertyDependencies[prop]);
        }
    }
    const answered = secretsAnswered();
    try {
        validate({ resources: [...built.values()], stackTags: new Map(), getConfig: () => settings, notApplicable }, report);
    } catch (e) {
        if (!(e instanceof NotApplicable)) {
            throw e;
        }
        outcome.notApplicable.push(e.reason);
    }
    outcome.secretsAnswered = secretsAnswered() > answered;
    return outcome;
}

/** An expected violation: its message id, or the id and the placeholder data it must carry. */
export type Expected<M> = (keyof M & string) | { id: keyof M & string; data?: Readonly<Record<string, MessageValue>> };

type AnyExpected = string | { id: string; data?: Readonly<Record<string, MessageValue>> };
const idOf = (e: AnyExpected): string => (typeof e === "string" ? e : e.id);

function assertMessages(def: PolicyDefinition, out: Outcome, expected: readonly AnyExpected[], fixture: unknown,
    label = ""): void {
    const got = out.records.map((r) => r.id);
    assert.deepStrictEqual(got, expected.map(idOf),
        `${label ? `${label}: ` : ""}expected violations ${JSON.stringify(expected.map(idOf))}, got ${JSON.stringify(got)}:\n${out.messages.join("\n")}`);
    expected.forEach((e, i) => {
        if (typeof e !== "string" && e.data !== undefined) {
            assert.deepStrictEqual(out.records[i].data ?? {}, e.data, `violation ${i + 1} (${e.id}): placeholder data`);
        }
    });
    for (const m of out.messages) {
        assert.ok(!m.includes(withheld), `a message withholds a placeholder value that is not a path or an index:\n${m}`);
    }
    assertNoValueEchoed(def, out.messages, fixture);
}

/** Every declared message must be reported by at least one invalid case, as typescript-eslint asks of rules. */
function assertEveryMessageExercised(def: PolicyDefinition, expected: readonly AnyExpected[]): void {
    const used = new Set(expected.map(idOf));
    const unused = Object.keys(def.messages).filter((id) => !used.has(id));
    assert.deepStrictEqual(unused, [], `messages no invalid case reports: ${unused.join(", ")}`);
}

/** Messages never echo an input value (it may be a secret): no string value of 6+ characters may appear. */
function assertNoValueEchoed(def: PolicyDefinition, messages: string[], fixture: unknown): void {
    const vocabulary = `${def.description} ${def.remediation}`;
    const walk = (v: unknown): void => {
        if (typeof v === "string") {
            if (v.length >= 6 && !vocabulary.includes(v)) {
                for (const m of messages) {
                    assert.ok(!m.includes(v), `a violation message echoes the input value "${v}":\n${m}`);
                }
            }
        } else if (v !== null && typeof v === "object") {
            Object.values(v).forEach(walk);
        }
    };
    walk(fixture);
}

/**
 * The other module names the SDK itself declares for a token's type (azure-native 2.x's `documentdb` for
 * `cosmosdb`), read from the SDK rather than from the kit's data, so a type the kit fails to alias fails here.
 */
export function aliasTokens(token: string): readonly string[] {
    const own = lookupType(token)?.token;
    if (!own) {
        return [];
    }
    let cached = aliasCache.get(own);
    if (!cached) {
        cached = [...new Set(declaredAliases(own).map(unversioned))].filter((t) => t !== own).sort();
        aliasCache.set(own, cached);
    }
    return cached;
}
const aliasCache = new Map<string, string[]>();

/**
 * Every token a case runs under: as given, under an API version, and under each alias (2.x module name). A case
 * built with a class of one API version (`azure-native-v2/containerservice/v20190601`) is shaped for that version
 * alone and runs under its own token.
 */
function tokenVariants(token: string): string[] {
    if (unversioned(token) !== token) {
        return [token];
    }
    return [token, versioned(token), ...aliasTokens(token).flatMap((a) => [a, versioned(a)])];
}

/**
 * The top-level inputs of a type that Azure does not return (its `*Args` keys for which the class has no output:
 * resourceGroupName, the name inputs such as accountName), read from the SDK's declarations.
 */
export function inputOnlyProperties(token: string): ReadonlySet<string> {
    const own = lookupType(token)?.token ?? token;
    let cached = inputOnlyCache.get(own);
    if (!cached) {
        const name = own.split(":")[2];
        const file = sdkClassFile(own, ".d.ts");
        const source = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
        const args = source.slice(source.indexOf(`export interface ${name}Args`));
        const outputs = new Set([...source.matchAll(/readonly (\w+)!?: pulumi\.Output</g)].map((m) => m[1]));
        cached = new Set([...args.matchAll(/^ {4}(\w+)\??: pulumi\.Input/gm)].map((m) => m[1]).filter((k) => k !== "id" && !outputs.has(k)));
        inputOnlyCache.set(own, cached);
    }
    return cached;
}
const inputOnlyCache = new Map<string, Set<string>>();

/**
 * A resource as Azure returns it, the shape stack policies see after `pulumi up` and audit policy groups see on
 * deployed state: input-only properties absent, and an id and a name present.
 */
export function outputsShaped<T extends TestResource>(r: T, fallbackName = "res"): T {
    const drop = inputOnlyProperties(r.type);
    const type = lookupType(r.type);
    // Azure's name for it: the name input's value where the case gives one.
    const given = type?.nameInput !== undefined ? r.props[type.nameInput] : undefined;
    const name = typeof given === "string" ? given : fallbackName;
    const props = Object.fromEntries(Object.entries(r.props).filter(([k]) => !drop.has(k)));
    return { ...r, props: { id: armId(r, name), name, ...props } };
}

/**
 * The ARM id Azure gives the resource, with its parents' names (child resources) or its scope (extension
 * resources) in it, as lib/kit/stack.ts reads them back; unknown when the case leaves one of them unknown.
 */
function armId(r: TestResource, name: string): unknown {
    const type = lookupType(r.type);
    const [namespace, ...collections] = (type?.arm ?? "Unknown/things").split("/");
    const value = (input: string) => r.props[input];
    if (type?.scopeInput) {
        const scope = value(type.scopeInput);
        return typeof scope === "string" ? `${scope}/providers/${type.arm}/${name}` : unknown();
    }
    const parents = (type?.parentInputs ?? []).map(value);
    if (!parents.every((p) => typeof p === "string")) {
        return unknown();
    }
    const path = collections.flatMap((c, i) => [c, i < parents.length ? parents[i] as string : name]);
    return `/subscriptions/0/resourceGroups/rg/providers/${namespace}/${path.join("/")}`;
}

/** Every shape a resource case runs in: its token, versioned, each alias, and its outputs. */
function resourceVariants(r: TestResource): { label: string; resource: TestResource }[] {
    return [...tokenVariants(r.type).map((type) => ({ label: type, resource: withType(r, type) })),
        { label: "as outputs", resource: outputsShaped(r) }];
}

function withType<T extends TestResource>(r: T, type: string): T {
    return { ...r, type };
}

/** A case that cannot be decided: on values unknown at preview, or on a related resource another stack may hold. */
const undecidedRe = /^(cannot decide yet|not decidable in this stack): /;

export interface ResourceCase<C = unknown> {
    name: string;
    resource: TestResource;
    /** Policy config for this case, as an admin would set it (checked against the option schema). */
    config?: Partial<C>;
    /**
     * The case rests on an input Azure does not return (read with `inputOnly`, lib/kit/values.ts): as outputs, which
     * leave it out, the case cannot be decided (`assertUndecidedAsOutputs`).
     */
    outputsUndecided?: boolean;
}

/**
 * A case shown as outputs that rests on an input Azure does not return (set or unset): its type must have such an
 * input (one its outputs leave out, other than the names and scope that place the resource), and the case come to
 * no violation and one quiet "cannot decide yet".
 */
function assertUndecidedAsOutputs(c: ResourceCase<unknown>, out: Outcome): void {
    const type = lookupType(c.resource.type);
    const placing = new Set(["resourceGroupName", type?.nameInput, type?.scopeInput, ...type?.parentInputs ?? []]);
    const left = [...inputOnlyProperties(c.resource.type)].filter((k) => !placing.has(k));
    assert.ok(left.length > 0, "outputsUndecided, but Azure returns every input of this type but its names");
    assert.deepStrictEqual(out.messages, [], "as outputs: an input Azure does not return must never produce a violation");
    assert.strictEqual(out.notApplicable.length, 1, "as outputs: expected one quiet 'cannot decide yet'");
    assert.match(out.notApplicable[0], undecidedRe);
}
export interface InvalidResourceCase<M, C = unknown> extends ResourceCase<C> {
    /** The expected violations, in order: a message id each, with its placeholder data where it matters. */
    messages: Expected<M>[];
}

/** Runs a resource policy's cases as mocha tests. */
export function testResourcePolicy<M, C>(def: ResourcePolicyDefinition<M & Record<string, string>, C>, cases: {
    valid: ResourceCase<C>[]; invalid: InvalidResourceCase<M, C>[]; undecided: ResourceCase<C>[];
}): void {
    describe(def.name, () => {
        assert.ok(cases.valid.length > 0 && cases.invalid.length > 0 && cases.undecided.length > 0,
            "a policy needs valid, invalid and undecided cases");
        it("every message is reported by some invalid case", () =>
            assertEveryMessageExercised(def, cases.invalid.flatMap((c) => c.messages)));
        resourcePolicyProperties(def, [...cases.valid, ...cases.invalid, ...cases.undecided],
            (r, config) => runResource(def, r, config), unknown);
        remediationTests(def, cases);
        for (const c of cases.valid) {
            it(`valid: ${c.name}`, () => {
                for (const { label, resource: r } of resourceVariants(c.resource)) {
                    const out = runResource(def, r, c.config);
                    if (label === "as outputs" && c.outputsUndecided) {
                        assertUndecidedAsOutputs(c, out);
                        continue;
                    }
                    assert.deepStrictEqual(out.messages, [], `${label}: unexpected violation`);
                    assert.deepStrictEqual(out.notApplicable, [], `${label}: unexpected "cannot decide"`);
                }
            });
        }
        for (const c of cases.invalid) {
            it(`invalid: ${c.name}`, () => {
                for (const { label, resource: r } of resourceVariants(c.resource)) {
                    const out = runResource(def, r, c.config);
                    if (label === "as outputs" && c.outputsUndecided) {
                        assertUndecidedAsOutputs(c, out);
                        continue;
                    }
                    assertMessages(def, out, c.messages, c.resource.props, label);
                }
                const other = runResource(def, withType(c.resource, "azure-native:pack:NotInTheCatalog"), c.config);
                assert.deepStrictEqual(other.messages, [], "a resource of another type must be ignored");
            });
        }
        for (const c of cases.undecided) {
            it(`undecided at preview: ${c.name}`, () => {
                for (const { label, resource: r } of resourceVariants(c.resource)) {
                    const out = runResource(def, r, c.config);
                    assert.deepStrictEqual(out.messages, [], `${label}: an unknown value must never produce a violation`);
                    assert.strictEqual(out.notApplicable.length, 1, `${label}: expected one quiet 'cannot decide yet'`);
                    assert.match(out.notApplicable[0], undecidedRe);
                }
            });
        }
    });
}

export interface StackCase<C = unknown> {
    name: string;
    resources: StackTestResource[];
    config?: Partial<C>;
}
export interface InvalidStackCase<M, C = unknown> extends StackCase<C> {
    /** The expected violations, in order: the offending resource's name and the message id (with data). */
    violations: { resource: string; message: Expected<M> }[];
}

/** Runs a stack policy's cases as mocha tests. */
export function testStackPolicy<M, C>(def: StackPolicyDefinition<M & Record<string, string>, C>, cases: {
    valid: StackCase<C>[]; invalid: InvalidStackCase<M, C>[]; undecided: StackCase<C>[];
}): void {
    const versionAll = (rs: StackTestResource[]) => rs.map((r) => withType(r, versioned(r.type)));
    // Each resource under its type's first alias, where it has one (a 2.x program's tokens).
    const aliasAll = (rs: StackTestResource[]) => rs.map((r) => withType(r, aliasTokens(r.type)[0] ?? r.type));
    const outputsAll = (rs: StackTestResource[]) => rs.map((r) => outputsShaped(r, r.name));
    const variants = (rs: StackTestResource[]) => rs.some((r) => aliasTokens(r.type).length > 0)
        ? [rs, versionAll(rs), aliasAll(rs), outputsAll(rs)] : [rs, versionAll(rs), outputsAll(rs)];
    describe(def.name, () => {
        assert.ok(cases.valid.length > 0 && cases.invalid.length > 0 && cases.undecided.length > 0,
            "a policy needs valid, invalid and undecided cases");
        it("every message is reported by some invalid case", () =>
            assertEveryMessageExercised(def, cases.invalid.flatMap((c) => c.violations.map((v) => v.message))));
        stackPolicyProperties(def, [...cases.valid, ...cases.invalid, ...cases.undecided],
            (rs, config) => runStack(def, rs, config), unknown);
        for (const c of cases.valid) {
            it(`valid: ${c.name}`, () => {
                for (const rs of variants(c.resources)) {
                    const out = runStack(def, rs, c.config);
                    assert.deepStrictEqual(out.messages, [], "unexpected violation");
                    assert.deepStrictEqual(out.notApplicable, [], `unexpected "cannot decide"`);
                }
            });
        }
        for (const c of cases.invalid) {
            it(`invalid: ${c.name}`, () => {
                for (const rs of variants(c.resources)) {
                    const out = runStack(def, rs, c.config);
                    assertMessages(def, out, c.violations.map((v) => v.message), rs.map((r) => r.props));
                    assert.deepStrictEqual(out.urns, c.violations.map((v) => {
                        const r = rs.find((x) => x.name === v.resource);
                        assert.ok(r, `violation names "${v.resource}", which is not in the case`);
                        return urnOf(r);
                    }));
                }
            });
        }
        for (const c of cases.undecided) {
            it(`undecided at preview: ${c.name}`, () => {
                for (const rs of variants(c.resources)) {
                    const out = runStack(def, rs, c.config);
                    assert.deepStrictEqual(out.messages, [], "an unknown value must never produce a violation");
                    assert.strictEqual(out.notApplicable.length, 1, "expected one quiet 'cannot decide yet'");
                    assert.match(out.notApplicable[0], undecidedRe);
                }
            });
        }
    });
}
