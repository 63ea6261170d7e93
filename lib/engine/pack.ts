/** Turns the registry into the policies @pulumi/policy serves. */
import type { Policies, PolicyComplianceFramework, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { areas, responsibilities } from "../kit/model";
import { resourceValidation, stackValidation } from "../kit/policy";
import { RegisteredPolicy, registry } from "../kit/registry";
import { installSettings, LevelInput, settingsPolicy } from "../kit/settings";

export const packName = "azure-shared-responsibility";

export const mcsb = {
    name: "Microsoft cloud security benchmark",
    version: "v1",
    url: "https://learn.microsoft.com/security/benchmark/azure/overview",
};

export function tagsOf(p: RegisteredPolicy): string[] {
    const d = p.definition;
    return [
        `area:${d.area}`, `service-model:${p.serviceModel}`, `responsibility:${p.responsibility}`,
        ...d.frameworks.mcsb.map((id) => `mcsb:${id}`), ...(d.frameworks.cis ?? []).map((id) => `cis:${id}`),
    ];
}

export function toPulumiPolicy(p: RegisteredPolicy): ResourceValidationPolicy | StackValidationPolicy {
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
        ...(d.config ? { configSchema: { properties: d.config } } : {}),
    };
    return d.kind === "resource"
        ? { ...common, validateResource: resourceValidation(d) }
        : { ...common, validateStack: stackValidation(d) };
}

/** The policies to serve, with the settings entry first; hooks the threshold into Configure. */
export function packPolicies(): Policies {
    const regs = registry();
    const levels = new Map<string, LevelInput>(regs.map((p) => [p.definition.name, {
        advertised: p.enforcementLevel, severity: p.severity,
    }]));
    installSettings(levels);
    return [settingsPolicy, ...regs.map(toPulumiPolicy)];
}
