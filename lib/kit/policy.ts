/**
 * How a policy is written: metadata (with its messages and options) plus a check. `resourcePolicy` and
 * `stackPolicy` turn that into what @pulumi/policy runs, with the plumbing every policy needs done once here:
 * matching versioned type tokens, dispatching to the handler of the resource's type, config defaults, rendering
 * messages by id, and turning values that are unknown at preview into one quiet "cannot decide yet".
 *
 * A resource policy's check is a visitor map keyed by catalog entry, one handler per type, each typed with that
 * type's azure-native `*Args` (unwrapped), so no policy casts its props:
 *
 *     check: {
 *         networkSecurityGroup: (nsg, ctx) => ctx.each(nsg.securityRules, (rule, i) => ...),
 *         securityRule: (rule, ctx) => ...,
 *     }
 */
import type { PolicyResource, ReportViolation, ResourceValidationArgs, Severity, StackValidationArgs } from "@pulumi/policy";
import type { Unwrap } from "@pulumi/pulumi";
import { DataArgs, Messages, renderMessage } from "./messages";
import { versionShapes, VersionShape } from "./api-versions";
import { Area, ArgsOf, catalog, CatalogKey, lookupType, PropsOf, Responsibility, ResourceType } from "./model";
import type { CisId } from "./cis-benchmark";
import type { McsbDefinitionId } from "./mcsb-initiative";
import { ConfigOf, defaultsOf, Options } from "./options";
import { GroupKey, GroupProps, groups } from "./type-groups";
import { sharedStack } from "./shared-stack";
import { isUnknownError } from "./values";

/**
 * A definition of Azure Policy's MCSB initiative (lib/kit/mcsb-initiative.ts) that a policy implements. Its id alone
 * when the policy covers it: a program that passes the pack at its default config passes the definition too, once
 * deployed. `{ id, partial }` when the policy checks only part of what the definition does, `partial` saying in a
 * phrase what it leaves out.
 */
export type AzurePolicyRef = McsbDefinitionId | { readonly id: McsbDefinitionId; readonly partial: string };

/** Framework references: Microsoft cloud security benchmark v1 control ids, CIS Microsoft Azure Foundations ids. */
export interface Frameworks {
    mcsb: readonly string[];
    /** CIS Microsoft Azure Foundations Benchmark v6.0.0 recommendations (lib/kit/cis-benchmark.ts). */
    cis?: readonly CisId[];
    /** The Azure Policy definitions of the MCSB initiative the policy implements, fully or partly. */
    azurePolicy?: readonly AzurePolicyRef[];
}

/** An `AzurePolicyRef` spelled out: the definition's id, and what the policy leaves out if it covers it partly. */
export function azurePolicyRef(ref: AzurePolicyRef): { id: McsbDefinitionId; partial?: string } {
    return typeof ref === "string" ? { id: ref } : { id: ref.id, partial: ref.partial };
}

export type { ArgsOf, PropsOf };

export interface PolicyMeta<M extends Messages = Messages, O extends Options = Options> {
    /** Stable kebab-case id; the file is named after it. */
    name: string;
    /** What a compliant resource looks like, in one sentence. */
    description: string;
    area: Area;
    /** The matrix row, when it is not the area's own (see `areas` in lib/kit/model.ts). */
    responsibility?: Responsibility;
    /** Severity where the customer owns the control; the model lowers it where ownership is shared. */
    severity: Severity;
    frameworks: Frameworks;
    /** What to change, in terms of azure-native inputs. */
    remediation: string;
    /** Violation messages by id: what is wrong and what to set. See lib/kit/messages.ts for placeholders. */
    messages: M;
    /** Options an org admin can set in policy config, made with `option.*` (lib/kit/options.ts). */
    config?: O;
    /**
     * Why the policy does not remediate, where its fix could break a workload (a network default deny, turning
     * off keys or public access, a SKU change) or needs another resource. The docs print it.
     */
    noFix?: string;
}

/** A value a fix sets: one of the policy's own constants, never a value read from the resource. */
export type FixValue = string | number | boolean;

/** One property change of a fix: `path` is a dotted input path (`siteConfig.minTlsVersion`), `value` what it becomes. */
export interface FixChange {
    readonly path: string;
    readonly value: FixValue;
}

/**
 * A type's fix: the changes as data (shown by `azure-srm list --json`, the docs and `scan --format json` without
 * running anything), or, where the changes depend on the resource (set a retention's days only when it has none),
 * a function of the props and the config that returns them. Either way, applied only where the check reports on
 * the resource, and each change sets a property the check reads to the value that passes it.
 */
export type FixOf<P, C> = readonly FixChange[] | ((props: P, config: C) => readonly FixChange[]);

/** The fix per catalog type the check visits (or per group), as `check` has handlers. */
export type Fixes<C> = { readonly [K in CatalogKey]?: FixOf<PropsOf<K>, C> }
    & { readonly [G in GroupKey]?: FixOf<GroupProps[G], C> };

/** Reports violations by message id; `data` fills the template's placeholders (property paths and indices). */
export interface Reporter<M extends Messages> {
    report<Id extends keyof M & string>(id: Id, ...data: DataArgs<M[Id]>): void;
}

export interface CheckContext<M extends Messages = Messages, C = unknown> extends Reporter<M> {
    /** This policy's config: the option defaults overlaid with what the admin set. */
    readonly config: C;
    /** The resource's type token as given (possibly versioned). */
    readonly token: string;
    /** The catalog entry the token matched. */
    readonly type: ResourceType;
    readonly name: string;
    /**
     * Runs `fn` on each item, skipping null items and items that read a value unknown at preview, so that the
     * known items are still checked. Items skipped as unknown are reported once, quietly, as "cannot decide yet".
     */
    each<T>(items: readonly T[] | undefined | null, fn: (item: T, index: number) => void): void;
    /**
     * An input of an older API version's shape that today's `*Args` lacks (`apiServerAuthorizedIPRanges` of AKS
     * before 2019-08-01), which the policy declares in `legacyInputs` for this type; unset in today's shape.
     */
    legacy(input: string): unknown;
}

export type Handler<P, M extends Messages = Messages, C = unknown> = (props: P, ctx: CheckContext<M, C>) => void;

/**
 * One handler per catalog type the policy checks, or one for a whole group of types (lib/kit/type-groups.ts):
 * `located` (every type with a location), `tagged` (every type with tags).
 */
export type Visitors<M extends Messages, C> = { readonly [K in CatalogKey]?: Handler<PropsOf<K>, M, C> }
    & { readonly [G in GroupKey]?: Handler<GroupProps[G], M, C> };

/**
 * Per catalog type, the top-level inputs of older API versions (lib/kit/api-versions.ts) that the check reads
 * through `ctx.legacy`. Declaring them says the check was written knowing that type's older shapes, and decides
 * such a resource itself. For a type without them, a violation on a resource that sets an older input, found by
 * reading an input that the resource's version lacks, becomes "not decidable for API version ...".
 */
export type LegacyInputs = { readonly [K in CatalogKey]?: readonly string[] };

export interface ResourcePolicyDefinition<M extends Messages = any, C = any> extends PolicyMeta<M> {
    kind: "resource";
    legacyInputs?: LegacyInputs;
    /** The types the check visits, groups expanded, in the order of its keys. */
    resources: readonly ResourceType[];
    check: Visitors<M, C>;
    /** The handler of each catalog type, groups expanded. */
    handlers: ReadonlyMap<ResourceType, Handler<any, M, C>>;
    /** `legacyInputs` by catalog type. */
    legacy: ReadonlyMap<ResourceType, readonly string[]>;
    /**
     * The one safe property change that brings a resource into line, per type, where there is one: with the
     * enforcement level `remediate`, the engine applies it before the resource is created or updated.
     */
    fix?: Fixes<C>;
    /** `fix` by catalog type, groups expanded. */
    fixes: ReadonlyMap<ResourceType, FixOf<any, C>>;
}

/** A resource of the stack as a stack policy sees it, its props typed by its catalog type. */
export interface StackResource<A = unknown> extends PolicyResource {
    /** Inputs at preview; outputs after an update, which may leave inputs out: every input may be absent. */
    readonly props: Partial<Unwrap<A>>;
}

/** A read-only view of the stack for stack policies; see lib/kit/stack.ts for the matching helpers. */
export interface StackCheckContext<M extends Messages = Messages, C = unknown> {
    readonly config: C;
    readonly resources: readonly PolicyResource[];
    /** Resources of one catalog type, versioned tokens included. */
    ofType<A>(type: ResourceType<A>): StackResource<A>[];
    /** Reports a violation on `resource` by message id. */
    report<Id extends keyof M & string>(resource: PolicyResource, id: Id, ...data: DataArgs<M[Id]>): void;
    /**
     * `resource` lacks a related resource that another stack may deploy (declare the option with
     * `requireInStack(...)` from lib/kit/options.ts): a violation when the policy's `requireInStack` is true;
     * otherwise the resource is named in one "not decidable in this stack" note for the policy.
     */
    missing<Id extends keyof M & string>(resource: PolicyResource, id: Id, ...data: DataArgs<M[Id]>): void;
    each<T>(items: readonly T[] | undefined | null, fn: (item: T, index: number) => void): void;
}

export interface StackPolicyDefinition<M extends Messages = any, C = any> extends PolicyMeta<M> {
    kind: "stack";
    /** The types the policy is about (they place it in the model); it may read others through `ofType`. */
    resources: readonly ResourceType[];
    check: (ctx: StackCheckContext<M, C>) => void;
}

export type PolicyDefinition = ResourcePolicyDefinition | StackPolicyDefinition;

export function resourcePolicy<const M extends Messages, O extends Options = {}>(
    def: PolicyMeta<M, O> & { check: Visitors<M, ConfigOf<O>>; legacyInputs?: LegacyInputs; fix?: Fixes<ConfigOf<O>> },
): ResourcePolicyDefinition<M, ConfigOf<O>> {
    const handlers = new Map<ResourceType, Handler<any, M, ConfigOf<O>>>();
    for (const [key, handler] of Object.entries(def.check) as [CatalogKey | GroupKey, Handler<any, M, ConfigOf<O>>][]) {
        const keys: readonly CatalogKey[] | undefined = Object.prototype.hasOwnProperty.call(groups, key)
            ? groups[key as GroupKey] : catalog[key as CatalogKey] ? [key as CatalogKey] : undefined;
        if (!keys) {
            throw new Error(`policy "${def.name}": check has a handler for "${key}", which is neither a catalog type nor a group`);
        }
        for (const k of keys) {
            if (handlers.has(catalog[k])) {
                throw new Error(`policy "${def.name}": check has two handlers for "${k}"`);
            }
            handlers.set(catalog[k], handler);
        }
    }
    const legacy = new Map(Object.entries(def.legacyInputs ?? {}).map(([k, inputs]) => {
        if (!handlers.has(catalog[k as CatalogKey])) {
            throw new Error(`policy "${def.name}": legacyInputs names "${k}", which its check does not visit`);
        }
        return [catalog[k as CatalogKey] as ResourceType, inputs];
    }));
    if (def.fix && def.noFix !== undefined) {
        throw new Error(`policy "${def.name}": has both a fix and a noFix reason`);
    }
    const fixes = new Map<ResourceType, FixOf<any, ConfigOf<O>>>();
    for (const [key, fix] of Object.entries(def.fix ?? {}) as [CatalogKey | GroupKey, FixOf<any, ConfigOf<O>>][]) {
        const keys: readonly CatalogKey[] = Object.prototype.hasOwnProperty.call(groups, key)
            ? groups[key as GroupKey] : [key as CatalogKey];
        for (const k of keys) {
            if (!handlers.has(catalog[k])) {
                throw new Error(`policy "${def.name}": fix names "${k}", which its check does not visit`);
            }
            if (Array.isArray(fix) && (fix.length === 0 || fix.some((c) => !/^[A-Za-z]\w*(\.[A-Za-z]\w*)*$/.test(c.path)))) {
                throw new Error(`policy "${def.name}": the fix of "${k}" needs changes, each a dotted input path`);
            }
            fixes.set(catalog[k], fix);
        }
    }
    return { kind: "resource", ...def, resources: [...handlers.keys()], handlers, legacy, fixes };
}

export function stackPolicy<const M extends Messages, O extends Options = {}>(
    def: PolicyMeta<M, O> & { resources: readonly ResourceType[]; check: (ctx: StackCheckContext<M, ConfigOf<O>>) => void },
): StackPolicyDefinition<M, ConfigOf<O>> {
    return { kind: "stack", ...def };
}

/** Does this (possibly versioned) token name one of the given catalog types? */
export function matches(token: string, types: readonly ResourceType[]): ResourceType | undefined {
    const t = lookupType(token);
    return t && types.includes(t) ? t : undefined;
}

/** What a report carried, before it became text: for the tester, which asserts message ids. */
export interface ReportRecord {
    id: string;
    data?: Readonly<Record<string, unknown>>;
    urn?: string;
}
export type ReportObserver = (record: ReportRecord) => void;

function pathOf(e: { props: (string | symbol)[] }): string {
    return e.props.length > 0 ? e.props.map(String).join(".") : "a value";
}

/**
 * How a not-applicable note begins when a check could not decide: on values unknown until deployment, or
 * because the check itself failed. Reports (lib/reports/report.ts) list the notes that begin so.
 */
export const undecidedReasons = {
    unknown: "cannot decide yet", failed: "could not check", version: "not decidable for API version",
    elsewhere: "not decidable in this stack",
} as const;

/** Collects what could not be decided, to report it once at the end. */
class Undecided {
    private readonly paths = new Set<string>();

    run(fn: () => void): void {
        try {
            fn();
        } catch (e) {
            if (!isUnknownError(e)) {
                throw e;
            }
            this.paths.add(pathOf(e));
        }
    }

    each<T>(items: readonly T[] | undefined | null, fn: (item: T, index: number) => void): void {
        this.run(() => {
            if (!Array.isArray(items)) {
                return; // unset, or a value of another type: no items to check
            }
            for (let i = 0; i < items.length; i++) {
                this.run(() => {
                    const item = items[i]; // read inside: an item may itself be unknown at preview
                    // A null item (`[ssh, cond ? rdp : undefined]`) is nothing to check.
                    if (item !== null && item !== undefined) {
                        fn(item, i);
                    }
                });
            }
        });
    }

    /** Ends the check: one not-applicable note naming the unknown inputs (never their values), if any. */
    finish(notApplicable: (reason: string) => never): void {
        if (this.paths.size > 0) {
            const list = [...this.paths].sort().join(", ");
            notApplicable(`${undecidedReasons.unknown}: ${list} ${this.paths.size === 1 ? "is" : "are"} unknown until the ` +
                "resources it depends on exist; checked again when the values are known");
        }
    }
}

/** Which policy or check helper threw (`policies/networking/x.ts`), for the diagnostic; not the kit's wrappers. */
function whereThrown(e: unknown): string {
    const stack = e instanceof Error && typeof e.stack === "string" ? e.stack : "";
    for (const line of stack.split("\n").filter((l) => !l.includes("node_modules"))) {
        const frame = /[\\/]((?:policies|lib[\\/]kit[\\/]checks)[\\/][^():\s]+)\.[jt]s:\d+/.exec(line);
        if (frame) {
            return ` in ${frame[1].split("\\").join("/")}.ts`;
        }
    }
    return "";
}

/**
 * Runs a check so that a policy can fail but the pack cannot: an unexpected exception (a bug in the check, or
 * input it did not foresee) becomes this policy's not-applicable note for this resource, plus one line on
 * stderr, which the CLI shows among the pack's diagnostics; every other policy still runs and reports. Neither
 * names a value: the error's class and where it was thrown, not its message.
 */
function guarded(policy: string, subject: string, check: () => void, notApplicable: (reason: string) => never): void {
    try {
        check();
    } catch (e) {
        if (isUnknownError(e)) {
            throw e;
        }
        const kind = e instanceof Error ? e.name : typeof e;
        const why = `${undecidedReasons.failed}: the check failed with ${kind}${whereThrown(e)}; this is a bug in the policy, ` +
            "the other policies still ran";
        process.stderr.write(`azure-srm: policy ${policy} on ${subject}: ${why}\n`);
        notApplicable(why);
    }
}

/** Renders message `id` of `def`; an id the policy does not declare is a bug in the policy. */
function messageText(def: PolicyMeta, id: string, data: Readonly<Record<string, unknown>> | undefined,
    config: Readonly<Record<string, unknown>>): string {
    const template = Object.prototype.hasOwnProperty.call(def.messages, id) ? def.messages[id] : undefined;
    if (template === undefined) {
        throw new Error(`policy "${def.name}" reported message "${id}", which it does not declare`);
    }
    return renderMessage(template, data, config);
}

/** Renders a report and tells the observer (the tester) what it carried; returns the text to report. */
function reporter(def: PolicyMeta, config: Readonly<Record<string, unknown>>, observe: ReportObserver | undefined) {
    return (id: string, data: Readonly<Record<string, unknown>> | undefined, urn?: string): string => {
        const text = messageText(def, id, data, config);
        observe?.({ id, ...(data ? { data } : {}), ...(urn !== undefined ? { urn } : {}) });
        return text;
    };
}

/**
 * A resource of an older API version that sets inputs today's shape lacks, which the policy does not declare it
 * reads: its check runs on a view that records the top-level inputs it reads, and its violations are held back.
 * If the check read an input that version does not have, its verdict rests on a setting the resource could not
 * make there and ignores one it did make, so the violations become one "not decidable" note instead.
 */
class OlderShape {
    private readonly reads = new Set<string>();
    /** The violations held back, each reported (rendered, and seen by the observer) only if they stand. */
    private readonly held: (() => void)[] = [];

    constructor(private readonly shape: VersionShape, private readonly sets: readonly string[]) {}

    /**
     * The shape to watch for, if the resource sets older inputs and the policy declares none for this type (a
     * policy that declares some was written knowing the type's older shapes).
     */
    static of(token: string, props: object, declared: readonly string[] | undefined): OlderShape | undefined {
        const shape = declared === undefined ? versionShapes[token] : undefined;
        const sets = shape?.older.filter((p) => Object.prototype.hasOwnProperty.call(props, p));
        return shape && sets && sets.length > 0 ? new OlderShape(shape, sets) : undefined;
    }

    watch<P extends object>(props: P): P {
        return new Proxy(props, {
            get: (target, p, receiver) => {
                if (typeof p === "string") {
                    this.reads.add(p);
                }
                return Reflect.get(target, p, receiver);
            },
        });
    }

    hold(report: () => void): void {
        this.held.push(report);
    }

    /** Reports what was held, or says why it cannot be decided. */
    finish(notApplicable: (reason: string) => never): void {
        const missing = this.shape.lacks.filter((p) => this.reads.has(p));
        if (this.held.length > 0 && missing.length > 0) {
            notApplicable(`${undecidedReasons.version} ${this.shape.version}: the check reads ${missing.join(", ")}, which ` +
                `that version does not have, and the resource sets ${this.sets.join(", ")}, which this policy does not ` +
                "read; decided once the resource uses a current API version");
        }
        this.held.forEach((report) => report());
    }
}

/** The function @pulumi/policy calls for each resource. */
export function resourceValidation(def: ResourcePolicyDefinition, observe?: ReportObserver) {
    const defaults = defaultsOf(def.config);
    const handlers = def.handlers;
    return (args: ResourceValidationArgs, reportViolation: ReportViolation): void => {
        // Type first, and cheaply: every policy sees every resource, and most are not its own.
        const type = lookupType(args.type);
        const handler = type && handlers.get(type);
        if (!type || !handler) {
            return;
        }
        const config: Record<string, unknown> = { ...defaults, ...args.getConfig() };
        const render = reporter(def, config, observe);
        const undecided = new Undecided();
        const declared = def.legacy.get(type);
        const older = OlderShape.of(args.type, args.props, declared);
        const ctx: CheckContext = {
            config,
            token: args.type,
            type,
            name: args.name,
            report: (id: string, data?: Readonly<Record<string, unknown>>) => {
                const report = () => reportViolation(render(id, data));
                return older ? older.hold(report) : report();
            },
            each: (items, fn) => undecided.each(items, fn),
            legacy: (input) => {
                if (!declared?.includes(input)) {
                    throw new Error(`policy "${def.name}" reads ${input}, which its legacyInputs do not declare for ${args.type}`);
                }
                return (args.props as Record<string, unknown>)[input];
            },
        };
        const props = older ? older.watch(args.props) : args.props;
        guarded(def.name, `${args.name} (${args.type})`, () => undecided.run(() => handler(props, ctx)), args.notApplicable);
        older?.finish(args.notApplicable);
        undecided.finish(args.notApplicable);
    };
}

export function stackValidation(def: StackPolicyDefinition, observe?: ReportObserver) {
    const defaults = defaultsOf(def.config);
    return (args: StackValidationArgs, reportViolation: ReportViolation): void => {
        // The stack as the dispatcher shares it (built once for every stack policy), or as @pulumi/policy gave it.
        const shared = sharedStack();
        const resources = shared?.resources ?? args.resources;
        if (shared ? !shared.holdsAny(def.resources) : !resources.some((r) => matches(r.type, def.resources))) {
            return;
        }
        const config: Record<string, unknown> = { ...defaults, ...args.getConfig() };
        const render = reporter(def, config, observe);
        const undecided = new Undecided();
        const elsewhere: string[] = [];
        const report = (resource: PolicyResource, id: string, data?: Readonly<Record<string, unknown>>) =>
            reportViolation(render(id, data, resource.urn), resource.urn);
        const ctx: StackCheckContext = {
            config,
            resources,
            ofType: <A>(type: ResourceType<A>) => (shared ? [...shared.ofType(type)]
                : resources.filter((r) => matches(r.type, [type]))) as StackResource<A>[],
            report,
            missing: (resource: PolicyResource, id: string, data?: Readonly<Record<string, unknown>>) => {
                if (!def.config || !("requireInStack" in def.config)) {
                    throw new Error(`policy "${def.name}" calls ctx.missing without a requireInStack option`);
                }
                if (config.requireInStack === true) {
                    report(resource, id, data);
                } else {
                    messageText(def, id, data, config); // a message id the policy does not declare is still a bug
                    elsewhere.push(resource.name);
                }
            },
            each: (items, fn) => undecided.each(items, fn),
        };
        guarded(def.name, "the stack", () => undecided.run(() => def.check(ctx)), args.notApplicable);
        if (elsewhere.length > 0) {
            const shown = elsewhere.slice(0, 5).map((n) => JSON.stringify(n)).join(", ") +
                (elsewhere.length > 5 ? ` and ${elsewhere.length - 5} more` : "");
            args.notApplicable(`${undecidedReasons.elsewhere}: ${shown} ${elsewhere.length === 1 ? "has" : "have"} none here, ` +
                "which another stack may deploy; set this policy's requireInStack to true to require it in this stack");
        }
        undecided.finish(args.notApplicable);
    };
}
