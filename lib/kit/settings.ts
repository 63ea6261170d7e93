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

export const settingsPolicyName = "pack-settings";

export interface PackSettings {
    severityThreshold: Severity;
}

export const settingsPolicy: StackValidationPolicy = {
    name: settingsPolicyName,
    description: "Settings for the whole pack (severityThreshold). Reports nothing; do not disable it.",
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
        },
    },
    validateStack: () => undefined,
};

/** Reads and checks the settings entry of a policy config; throws one error naming what is wrong. */
export function readSettings(props: Record<string, unknown> | undefined): PackSettings {
    const value = props?.severityThreshold ?? defaultThreshold;
    if (!isSeverity(value)) {
        throw new Error(`policy config "${settingsPolicyName}.severityThreshold" must be one of ` +
            `${severities.join(", ")}; got ${JSON.stringify(value)}`);
    }
    for (const key of Object.keys(props ?? {})) {
        if (key !== "severityThreshold") {
            throw new Error(`policy config "${settingsPolicyName}" has no option "${key}"; ` +
                "the only option is severityThreshold");
        }
    }
    return { severityThreshold: value };
}

export interface LevelInput {
    /** The level the pack advertised (effective severity at the default threshold). */
    advertised: EnforcementLevel;
    severity: Severity | undefined;
}

/**
 * The enforcement level of each policy after the threshold: configured levels that differ from the advertised
 * default are the admin's and stand; the rest follow the threshold.
 */
export function resolveLevels(policies: ReadonlyMap<string, LevelInput>, configured: ReadonlyMap<string, EnforcementLevel>,
    settings: PackSettings): Map<string, EnforcementLevel> {
    const out = new Map<string, EnforcementLevel>();
    for (const [name, level] of configured) {
        const p = policies.get(name);
        out.set(name, p && level === p.advertised ? enforcementFor(p.severity, settings.severityThreshold) : level);
    }
    return out;
}

