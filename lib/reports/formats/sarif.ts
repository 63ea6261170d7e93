/** SARIF 2.1.0, for GitHub code scanning. */
import { packName } from "../../core/paths";
import { mcsb } from "../../kit/model";
import { CatalogEntry, packArea } from "../catalog";
import type { Exemption } from "../exemptions";
import type { Report } from "../report";
import type { Formatter } from "./formatter";

/** GitHub ranks security results by this number: critical >= 9.0, high >= 7.0, medium >= 4.0. */
const securitySeverity: Record<string, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

const sarifLevel = (enforcementLevel: string): "error" | "warning" | "note" =>
    enforcementLevel === "mandatory" ? "error" : enforcementLevel === "advisory" ? "warning" : "note";

function rule(e: CatalogEntry) {
    return {
        id: e.name,
        name: e.name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
        shortDescription: { text: e.description },
        fullDescription: { text: e.area === packArea ? e.description
            : `${e.description} (${e.area}; ${e.responsibility} is ${e.owner}-owned in ${e.serviceModel}.)` },
        help: { text: e.remediation, markdown: `**Fix:** ${e.remediation}` },
        defaultConfiguration: { level: sarifLevel(e.enforcementLevel), enabled: e.enforcementLevel !== "disabled" },
        properties: {
            tags: ["security", e.area, e.serviceModel, ...e.frameworks.mcsb.map((id) => `MCSB ${id}`),
                ...e.frameworks.cis.map((id) => `CIS ${id}`)].filter((t) => t !== ""),
            "security-severity": securitySeverity[e.severity] ?? "3.0",
            precision: "high",
        },
    };
}

/**
 * A finding a policy exception exempts is suppressed outside the code (kind "external"): one suppression per
 * matching exception, accepted, its reason the justification, its id in the properties.
 */
function suppressions(exemption: Exemption) {
    return [exemption, ...(exemption.others ?? [])].map((e) => ({
        kind: "external",
        status: "accepted",
        justification: e.reason,
        properties: { exceptionId: e.id, source: exemption.source },
    }));
}

/**
 * SARIF 2.1.0: one rule per policy of the pack, one result per finding. Each result points at the report's artifact (the
 * program's entry file or the stack export, relative to the repository root) and names the resource by URN. A check
 * that could not decide is a result of kind "open" (SARIF's "could not determine whether the issue exists"), level
 * "none"; a finding a policy exception exempts carries `suppressions`; the resources no policy examines are listed
 * in the run's properties.
 */
export function toSarif(report: Report): object {
    const rules = report.policies.map(rule);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    return {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [{
            tool: {
                driver: {
                    name: "azure-srm",
                    fullName: `${packName} policy pack`,
                    version: report.tool.version,
                    informationUri: mcsb.url,
                    rules,
                },
            },
            results: [...report.findings.map((f) => ({
                ruleId: f.policy,
                ruleIndex: index.get(f.policy) ?? 0,
                level: sarifLevel(f.enforcementLevel),
                message: { text: `${f.resourceName} (${f.resourceType}): ${f.message}` },
                locations: [{
                    physicalLocation: { artifactLocation: { uri: report.artifact }, region: { startLine: 1 } },
                    logicalLocations: [{ name: f.resourceName, fullyQualifiedName: f.urn, kind: "resource" }],
                }],
                partialFingerprints: { "policyAndResource/v1": `${f.policy}:${f.urn}` },
                properties: { severity: f.severity, enforcementLevel: f.enforcementLevel, area: f.area },
                ...(f.exemption ? { suppressions: suppressions(f.exemption) } : {}),
            })), ...report.undecided.map((u) => ({
                ruleId: u.policy,
                ruleIndex: index.get(u.policy) ?? 0,
                kind: "open",
                level: "none",
                message: { text: `${u.urn ? `${u.resourceName} (${u.resourceType})` : "the stack"}: ${u.reason}` },
                locations: [{
                    physicalLocation: { artifactLocation: { uri: report.artifact }, region: { startLine: 1 } },
                    ...(u.urn ? { logicalLocations: [{ name: u.resourceName, fullyQualifiedName: u.urn, kind: "resource" }] } : {}),
                }],
                partialFingerprints: { "policyAndResource/v1": `${u.policy}:${u.urn || "stack"}` },
            }))],
            properties: { notCovered: report.notCovered },
        }],
    };
}

export const sarif: Formatter = {
    name: "sarif",
    description: "SARIF 2.1.0, one rule per policy, for GitHub code scanning",
    render: (report) => JSON.stringify(toSarif(report), null, 2) + "\n",
};
