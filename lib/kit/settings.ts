/**
 * Pack-wide settings through standard Pulumi policy config.
 *
 * Pulumi policy config is per policy, and the CLI (or Pulumi Cloud) fills in every policy's enforcement level
 * from the defaults the pack advertised before it sends the config to the pack. A pack-wide severity threshold
 * therefore cannot change those defaults up front. Instead:
 *
 * - `pack-settings` is a real policy entry, so its `severityThreshold` is validated against its schema by the
 *   CLI and shown as a form in Pulumi Cloud. It reports nothing.
 * - When the config arrives, every policy whose level is still the advertised default takes the level its
 *   effective severity earns under the configured threshold. A level the admin changed is left as set.
 *
 * The rewrite happens where @pulumi/policy decodes the Configure request (lib/engine/configure-hook.ts), so the
 * rest of the pipeline (which policies run, what level a violation carries) is @pulumi/policy's own.
 */
import type { EnforcementLevel, Severity, StackValidationPolicy } from "@pulumi/policy";
import { defaultThreshold, enforcementFor, isSeverity, severities } from "./severity";
import { defaultExemptionSettings, ExemptionSettings, readExemptions } from "./exemptions";

export const settingsPolicyName = "pack-settings";

export interface PackSettings extends ExemptionSettings {
    severityThreshold: Severity;
}

const settingsKeys = ["severityThreshold", "exemptions", "expiryWarningDays", "allowTagExemptions", "exemptionTag"];

const stringList = { type: "array", items: { type: "string" } } as const;

export const settingsPolicy: StackValidationPolicy = {
    name: settingsPolicyName,
    description: "Settings for the whole pack (severityThreshold, exemptions). Reports nothing; do not disable it.",
    enforcementLevel: "advisory",
    configSchema: {
        properties: {
            severityThreshold: {
                type: "string",
                enum: [...severities],
                default: defaultThreshold,
                description: "Policies whose effective severity is at or above this level are mandatory; " +
                    "the others are advisory. A policy whose enforcementLevel you set yourself keeps it.",
            },
            exemptions: {
                type: "array",
                default: [],
                description: "Exemptions the pack applies: an exempted finding is reported as advisory, saying whose " +
                    "exemption and until when. Each: id, policies and/or areas, resources (URN globs) and/or names " +
                    "and/or types, optional stacks, category (waiver or mitigated), reason, optional owner, expires " +
                    "(YYYY-MM-DD, required for a waiver).",
                items: {
                    type: "object",
                    properties: {
                        id: { type: "string" }, policies: stringList, areas: stringList, resources: stringList,
                        names: stringList, types: stringList, stacks: stringList, category: { type: "string" },
                        reason: { type: "string" }, owner: { type: "string" }, expires: { type: "string" },
                    },
                },
            },
            expiryWarningDays: {
                type: "integer", minimum: 0, default: defaultExemptionSettings.expiryWarningDays,
                description: "An exempted finding says so when its exemption expires within this many days (default 30).",
            },
            allowTagExemptions: {
                type: "boolean", default: defaultExemptionSettings.allowTagExemptions,
                description: "Whether a resource's exemption tag may exempt it (in-code exceptions; default false).",
            },
            exemptionTag: {
                type: "string", minLength: 1, default: defaultExemptionSettings.exemptionTag,
                description: "The tag of in-code exceptions (default azure-srm-exempt): " +
                    "\"policies=a,b; ref=SEC-123; expires=2027-01-31\".",
            },
        },
    },
    validateStack: () => undefined,
};

/**
 * Reads and checks the settings entry of a policy config; throws one error naming what is wrong. With `known`
 * (every policy of the pack, with its area), the exemptions' policy names and areas are checked against it.
 */
export function readSettings(props: Record<string, unknown> | undefined,
    known?: ReadonlyMap<string, { area?: string }>): PackSettings {
    const value = props?.severityThreshold ?? defaultThreshold;
    if (!isSeverity(value)) {
        throw new Error(`policy config "${settingsPolicyName}.severityThreshold" must be one of ` +
            `${severities.join(", ")}; got ${JSON.stringify(value)}`);
    }
    for (const key of Object.keys(props ?? {})) {
        if (!settingsKeys.includes(key)) {
            throw new Error(`policy config "${settingsPolicyName}" has no option "${key}"; ` +
                `the options are ${settingsKeys.join(", ")}`);
        }
    }
    const days = props?.expiryWarningDays ?? defaultExemptionSettings.expiryWarningDays;
    if (typeof days !== "number" || !Number.isInteger(days) || days < 0) {
        throw new Error(`policy config "${settingsPolicyName}.expiryWarningDays" must be a whole number of days, 0 or more`);
    }
    const allow = props?.allowTagExemptions ?? defaultExemptionSettings.allowTagExemptions;
    if (typeof allow !== "boolean") {
        throw new Error(`policy config "${settingsPolicyName}.allowTagExemptions" must be true or false`);
    }
    const tag = props?.exemptionTag ?? defaultExemptionSettings.exemptionTag;
    if (typeof tag !== "string" || tag.trim() === "") {
        throw new Error(`policy config "${settingsPolicyName}.exemptionTag" must be a tag name`);
    }
    const areas = known && new Map([...known].map(([name, p]) => [name, p.area] as const));
    return { severityThreshold: value, exemptions: readExemptions(props?.exemptions, areas), expiryWarningDays: days,
        allowTagExemptions: allow, exemptionTag: tag };
}

export interface LevelInput {
    /** The level the pack advertised (effective severity at the default threshold). */
    advertised: EnforcementLevel;
    severity: Severity | undefined;
    /** The policy's area, which exemptions may name. */
    area?: string;
}

/**
 * The enforcement level of each policy after the threshold: configured levels that differ from the advertised
 * default are the admin's and stand; the rest follow the threshold.
 */
export function resolveLevels(policies: ReadonlyMap<string, LevelInput>, configured: ReadonlyMap<string, EnforcementLevel>,
    settings: Pick<PackSettings, "severityThreshold">): Map<string, EnforcementLevel> {
    const out = new Map<string, EnforcementLevel>();
    for (const [name, level] of configured) {
        const p = policies.get(name);
        out.set(name, p && level === p.advertised ? enforcementFor(p.severity, settings.severityThreshold) : level);
    }
    return out;
}

