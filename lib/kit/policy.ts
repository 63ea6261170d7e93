/**
 * How a policy is written: metadata plus one check. `resourcePolicy` and `stackPolicy` turn that into what
 * @pulumi/policy runs, with the plumbing every policy needs done once here: matching versioned type tokens,
 * config defaults, and turning values that are unknown at preview into one quiet "cannot decide yet".
 */
import type { PolicyResource, ReportViolation, ResourceValidationArgs, Severity, StackValidationArgs } from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import type { Unwrap } from "@pulumi/pulumi";
import { Area, lookupType, Responsibility, ResourceType } from "./model";
import { isUnknownError } from "./values";

/** Framework references: Microsoft cloud security benchmark v1 control ids, CIS Microsoft Azure Foundations ids. */
export interface Frameworks {
    mcsb: readonly string[];
    cis?: readonly string[];
}

export interface PolicyMeta {
    /** Stable kebab-case id; the file is named after it. */
    name: string;
    /** What a compliant resource looks like, in one sentence. */
    description: string;
    area: Area;
    /** The matrix row, when it is not the area's own (see `areas` in lib/model.ts). */
    responsibility?: Responsibility;
    /** Severity where the customer owns the control; the model lowers it where ownership is shared. */
    severity: Severity;
    frameworks: Frameworks;
    /** What to change, in terms of azure-native inputs. */
    remediation: string;
    /** Options an org admin can set in policy config, as JSON schema properties; give each a default. */
    config?: Record<string, PolicyConfigJSONSchema>;
}

export interface CheckContext<TConfig> {
    /** This policy's config: the schema defaults overlaid with what the admin set. */
    readonly config: TConfig;
    /** The resource's type token as given (possibly versioned). */
    readonly token: string;
    /** The catalog entry the token matched, for policies that span several types. */
    readonly type: ResourceType;
    readonly name: string;
    /** Reports a violation. Say what is wrong and what to set; never include a property value. */
    report(message: string): void;
    /**
     * Runs `fn` on each item, skipping items that read a value unknown at preview, so that the known items are
     * still checked. Skipped items are reported once, quietly, as "cannot decide yet".
     */
    each<T>(items: readonly T[] | undefined, fn: (item: T, index: number) => void): void;
}

export type ResourceCheck<TArgs, TConfig> = (props: Unwrap<TArgs>, ctx: CheckContext<TConfig>) => void;

export interface ResourcePolicyDefinition<TArgs = any, TConfig = any> extends PolicyMeta {
    kind: "resource";
    resources: readonly ResourceType<TArgs>[];
    check: ResourceCheck<TArgs, TConfig>;
}

/** A read-only view of the stack for stack policies; see lib/stack.ts. */
export interface StackCheckContext<TConfig> {
    readonly config: TConfig;
    readonly resources: readonly PolicyResource[];
    /** Resources of one catalog type, versioned tokens included. */
    ofType(type: ResourceType): PolicyResource[];
    report(message: string, urn: string): void;
    each<T>(items: readonly T[] | undefined, fn: (item: T, index: number) => void): void;
}

export interface StackPolicyDefinition<TConfig = any> extends PolicyMeta {
    kind: "stack";
    resources: readonly ResourceType[];
    check: (ctx: StackCheckContext<TConfig>) => void;
}

export type PolicyDefinition = ResourcePolicyDefinition | StackPolicyDefinition;

export function resourcePolicy<TArgs, TConfig = Record<string, unknown>>(
    def: PolicyMeta & { resources: readonly ResourceType<TArgs>[]; check: ResourceCheck<TArgs, TConfig> },
): ResourcePolicyDefinition<TArgs, TConfig> {
    return { kind: "resource", ...def };
}

export function stackPolicy<TConfig = Record<string, unknown>>(
    def: PolicyMeta & { resources: readonly ResourceType[]; check: (ctx: StackCheckContext<TConfig>) => void },
): StackPolicyDefinition<TConfig> {
    return { kind: "stack", ...def };
}

/** Does this (possibly versioned) token name one of the given catalog types? */
export function matches(token: string, types: readonly ResourceType[]): ResourceType | undefined {
    const t = lookupType(token);
    return t && types.includes(t) ? t : undefined;
}

export function configDefaults(def: PolicyMeta): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(def.config ?? {})) {
        if (schema.default !== undefined) {
            out[key] = schema.default;
        }
    }
    return out;
}

function pathOf(e: { props: (string | symbol)[] }): string {
    return e.props.length > 0 ? e.props.map(String).join(".") : "a value";
}

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

    each<T>(items: readonly T[] | undefined, fn: (item: T, index: number) => void): void {
        this.run(() => {
            if (items === undefined || items === null) {
                return;
            }
            for (let i = 0; i < items.length; i++) {
                this.run(() => fn(items[i], i));
            }
        });
    }

    /** Ends the check: one not-applicable note naming the unknown inputs (never their values), if any. */
    finish(notApplicable: (reason: string) => never): void {
        if (this.paths.size > 0) {
            const list = [...this.paths].sort().join(", ");
            notApplicable(`cannot decide yet: ${list} ${this.paths.size === 1 ? "is" : "are"} unknown until the ` +
                "resources it depends on exist; checked again when the values are known");
        }
    }
}

/** The function @pulumi/policy calls for each resource. */
export function resourceValidation(def: ResourcePolicyDefinition) {
    const defaults = configDefaults(def);
    return (args: ResourceValidationArgs, reportViolation: ReportViolation): void => {
        // Type first, and cheaply: every policy sees every resource, and most are not its own.
        const type = matches(args.type, def.resources);
        if (!type) {
            return;
        }
        const undecided = new Undecided();
        const ctx: CheckContext<unknown> = {
            config: { ...defaults, ...args.getConfig() },
            token: args.type,
            type,
            name: args.name,
            report: (message) => reportViolation(message),
            each: (items, fn) => undecided.each(items, fn),
        };
        undecided.run(() => def.check(args.props, ctx));
        undecided.finish(args.notApplicable);
    };
}

export function stackValidation(def: StackPolicyDefinition) {
    const defaults = configDefaults(def);
    return (args: StackValidationArgs, reportViolation: ReportViolation): void => {
        if (!args.resources.some((r) => matches(r.type, def.resources))) {
            return;
        }
        const undecided = new Undecided();
        const ctx: StackCheckContext<unknown> = {
            config: { ...defaults, ...args.getConfig() },
            resources: args.resources,
            ofType: (type) => args.resources.filter((r) => matches(r.type, [type])),
            report: (message, urn) => reportViolation(message, urn),
            each: (items, fn) => undecided.each(items, fn),
        };
        undecided.run(() => def.check(ctx));
        undecided.finish(args.notApplicable);
    };
}
