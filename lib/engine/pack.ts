/** Turns the registry into the policies @pulumi/policy serves. */
import type { Policies, PolicyComplianceFramework, ResourceRemediation, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { areas, mcsb, responsibilities } from "../kit/model";
import { schemaOf } from "../kit/options";
import { resourceRemediation } from "../kit/fix";
import { ReportObserver, resourceValidation, stackValidation } from "../kit/policy";
import { RegisteredPolicy, registry } from "../kit/registry";
import { LevelInput, settingsPolicy } from "../kit/settings";
import { decodablePropertiesPolicy, remediationRepaired } from "./decode-guard";


export function tagsOf(p: RegisteredPolicy): string[] {
    const d = p.definition;
    return [
        `area:${d.area}`, `service-model:${p.serviceModel}`, `responsibility:${p.responsibility}`,
        ...d.frameworks.mcsb.map((id) => `mcsb:${id}`), ...(d.frameworks.cis ?? []).map((id) => `cis:${id}`),
    ];
}

/** A remediation that leaves alone a resource whose request the decode guard repaired (lib/engine/decode-guard.ts). */
function remediation(fix: ResourceRemediation): ResourceRemediation {
    return (args) => remediationRepaired(args.urn) ? undefined : fix(args);
}

/** @pulumi/policy's form of one registered policy; `observe` sees each report's message id (the tester uses it). */
export function toPulumiPolicy(p: RegisteredPolicy, observe?: ReportObserver): ResourceValidationPolicy | StackValidationPolicy {
    const d = p.definition;
    const framework: PolicyComplianceFramework = {
        name: mcsb.name,
        version: mcsb.version,
        reference: d.frameworks.mcsb.join(", "),
        specification: `${areas[d.area].title}; ${responsibilities[p.responsibility].title} is ${p.owner}-owned ` +
            `in ${p.serviceModel}`,
    };
    const common = {
        name: d.name,
        description: d.description,
        enforcementLevel: p.enforcementLevel,
        severity: p.severity ?? "low",
        remediationSteps: d.remediation,
        framework,
        tags: tagsOf(p),
        ...(schemaOf(d.config) ? { configSchema: { properties: schemaOf(d.config)! } } : {}),
    };
    // A policy with a fix remediates where its level is `remediate` (@pulumi/policy runs remediateResource only then).
    return d.kind === "resource"
        ? { ...common, validateResource: resourceValidation(d, observe),
            ...(d.fixes.size > 0 ? { remediateResource: remediation(resourceRemediation(d)) } : {}) }
        : { ...common, validateStack: stackValidation(d, observe) };
}

/**
 * The policies to serve: the settings entry first, then the entry that reports resources @pulumi/policy cannot
 * decode (lib/engine/decode-guard.ts), then the registry's.
 */
export function packPolicies(): Policies {
    return [settingsPolicy, decodablePropertiesPolicy, ...registry().map((p) => toPulumiPolicy(p))];
}

/** What the threshold needs to know of each policy: its advertised level and its effective severity. */
export function levelInputs(): Map<string, LevelInput> {
    return new Map(registry().map((p) => [p.definition.name, { advertised: p.enforcementLevel, severity: p.severity, area: p.definition.area }]));
}
