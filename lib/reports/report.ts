/**
 * Scan results as users read them: one typed report, findings joined with the catalog in a stable order, which
 * every output format (lib/reports/formats/) renders without looking anything up again.
 */
import type { Evaluation } from "../core/types";
import { urnName, urnType } from "../core/urn";
import { areas } from "../kit/model";
import type { CatalogEntry } from "./catalog";

export interface ReportedFinding {
    policy: string;
    resourceType: string;
    resourceName: string;
    urn: string;
    area: string;
    serviceModel: string;
    severity: string;
    enforcementLevel: string;
    message: string;
}

export interface Report {
    /** The tool, for formats that name it. */
    tool: { version: string };
    /** What was scanned: the program's entry file or the stack export, relative to the working directory. */
    artifact: string;
    /** Every policy of the pack, as the catalog shows it (SARIF rules, JUnit cases, the fix in text). */
    policies: CatalogEntry[];
    findings: ReportedFinding[];
    summary: { resources: number; resourcesWithFindings: number; findings: number; mandatory: number; advisory: number;
        undecided: number; byArea: Record<string, number> };
}

const severityOrder = ["critical", "high", "medium", "low"];
const areaOrder = Object.keys(areas);

export interface ReportContext {
    resourceCount: number;
    policies: CatalogEntry[];
    artifact: string;
    version: string;
}

export function buildReport(evaluation: Evaluation, context: ReportContext): Report {
    const byName = new Map<string, CatalogEntry>(context.policies.map((e) => [e.name, e]));
    const findings = evaluation.findings.map((f) => {
        const e = byName.get(f.policy);
        return {
            policy: f.policy,
            resourceType: urnType(f.urn),
            resourceName: urnName(f.urn),
            urn: f.urn,
            area: e?.area ?? "",
            serviceModel: e?.serviceModel ?? "",
            severity: f.severity,
            enforcementLevel: f.enforcementLevel,
            message: f.message,
        };
    }).sort((a, b) => areaOrder.indexOf(a.area) - areaOrder.indexOf(b.area)
        || severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity)
        || a.policy.localeCompare(b.policy) || a.urn.localeCompare(b.urn) || a.message.localeCompare(b.message));
    let undecided = 0;
    for (const m of evaluation.notApplicable.values()) {
        undecided += [...m.values()].filter((r) => r.startsWith("cannot decide yet")).length;
    }
    const byArea = Object.fromEntries(areaOrder.map((a) => [a, findings.filter((f) => f.area === a).length]));
    return {
        tool: { version: context.version },
        artifact: context.artifact,
        policies: context.policies,
        findings,
        summary: {
            resources: context.resourceCount,
            resourcesWithFindings: new Set(findings.map((f) => f.urn)).size,
            findings: findings.length,
            mandatory: findings.filter((f) => f.enforcementLevel === "mandatory").length,
            advisory: findings.filter((f) => f.enforcementLevel === "advisory").length,
            undecided,
            byArea,
        },
    };
}

