/**
 * Policy options, declared with typed builders. One declaration gives both the JSON schema the CLI and Pulumi
 * Cloud validate an admin's config against and the type of `ctx.config` in the check, so the two cannot drift
 * and no policy casts its config.
 *
 *     config: {
 *         minimumDays: option.integer({ default: 7, minimum: 1, maximum: 365, description: "..." }),
 *         require: option.oneOf(["a", "b", "either"], { default: "either", description: "..." }),
 *     },
 *     check: { blobServiceProperties: (service, ctx) => ctx.config.minimumDays ... }  // number
 */
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";

/** One option: its JSON schema (with its default and description) and, as a phantom, the value's type. */
export interface Option<T> {
    readonly schema: PolicyConfigJSONSchema;
    /** @internal carries T; never set. */
    readonly __value?: T;
}

export type Options = Readonly<Record<string, Option<unknown>>>;

/** The type of `ctx.config` for a policy's options: every option present, defaults filled in. */
export type ConfigOf<O> = { readonly [K in keyof O]: O[K] extends Option<infer T> ? T : never };

interface Common<T> {
    default: T;
    /** What the option means, shown in Pulumi Cloud and in the policy's doc page. */
    description: string;
}

function make<T>(schema: PolicyConfigJSONSchema): Option<T> {
    return { schema };
}

export const option = {
    integer(o: Common<number> & { minimum?: number; maximum?: number }): Option<number> {
        return make({ type: "integer", default: o.default, description: o.description,
            ...(o.minimum !== undefined ? { minimum: o.minimum } : {}),
            ...(o.maximum !== undefined ? { maximum: o.maximum } : {}) });
    },
    boolean(o: Common<boolean>): Option<boolean> {
        return make({ type: "boolean", default: o.default, description: o.description });
    },
    /** One of a fixed set of strings. */
    oneOf<const V extends readonly [string, ...string[]]>(values: V, o: Common<V[number]>): Option<V[number]> {
        return make({ type: "string", enum: [...values], default: o.default, description: o.description });
    },
    /** A list of strings; with `values`, each item must be one of them. */
    stringList<const V extends readonly string[] = readonly string[]>(o: Common<readonly V[number][]> & { values?: V }):
        Option<readonly V[number][]> {
        return make({ type: "array", items: o.values ? { type: "string", enum: [...o.values] } : { type: "string" },
            default: [...o.default], description: o.description });
    },
};

/**
 * The option of a stack policy that requires a related resource (a private endpoint, a Defender plan) which may
 * be deployed by another stack: `ctx.missing` reports a resource without one as a violation only when it is true.
 */
export function requireInStack(what: string): Option<boolean> {
    return option.boolean({ default: false, description: `Require ${what} in the same stack. Off (the default), a ` +
        "resource without one here is reported as not decidable in this stack, since another stack may deploy it." });
}

/** The JSON schema properties of a policy's options, as @pulumi/policy's `configSchema.properties` takes them. */
export function schemaOf(options: Options | undefined): Record<string, PolicyConfigJSONSchema> | undefined {
    if (!options || Object.keys(options).length === 0) {
        return undefined;
    }
    return Object.fromEntries(Object.entries(options).map(([k, o]) => [k, o.schema]));
}

/** Every option's default. */
export function defaultsOf(options: Options | undefined): Record<string, unknown> {
    return Object.fromEntries(Object.entries(options ?? {}).map(([k, o]) => [k, o.schema.default]));
}
