/** Scan results as users read them: findings joined with the catalog, in a stable order, as text or JSON. */
import { areaTitle, CatalogEntry, catalogEntries } from "./catalog";
import { Evaluation } from "../engine/evaluate";
import { areas } from "../kit/model";

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
    findings: ReportedFinding[];
    summary: { resources: number; resourcesWithFindings: number; findings: number; mandatory: number; advisory: number;
        undecided: number; byArea: Record<string, number> };
}

const severityOrder = ["critical", "high", "medium", "low"];
const areaOrder = Object.keys(areas);

function typeOfUrn(urn: string): string {
    const parts = urn.split("::");
    const chain = parts[2] ?? "";
    return chain.slice(chain.lastIndexOf("$") + 1);
}

export function buildReport(evaluation: Evaluation, resourceCount: number): Report {
    const byName = new Map<string, CatalogEntry>(catalogEntries().map((e) => [e.name, e]));
    const findings = evaluation.findings.map((f) => {
        const e = byName.get(f.policy);
        return {
            policy: f.policy,
            resourceType: typeOfUrn(f.urn),
            resourceName: f.urn.slice(f.urn.lastIndexOf("::") + 2),
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
        findings,
        summary: {
            resources: resourceCount,
            resourcesWithFindings: new Set(findings.map((f) => f.urn)).size,
            findings: findings.length,
            mandatory: findings.filter((f) => f.enforcementLevel === "mandatory").length,
            advisory: findings.filter((f) => f.enforcementLevel === "advisory").length,
            undecided,
            byArea,
        },
    };
}

export function formatText(report: Report): string {
    const remediation = new Map(catalogEntries().map((e) => [e.name, e.remediation]));
    const s = report.summary;
    const lines: string[] = [];
    for (const area of areaOrder) {
        const inArea = report.findings.filter((f) => f.area === area);
        if (inArea.length === 0) {
            continue;
        }
        lines.push(`${areaTitle(area)} (${inArea.length})`);
        for (const f of inArea) {
            lines.push(`  ${f.enforcementLevel.toUpperCase()} ${f.severity}  ${f.policy}  ${f.resourceName} (${f.resourceType})`);
            lines.push(`    ${f.message}`);
            lines.push(`    fix: ${remediation.get(f.policy) ?? ""}`);
        }
        lines.push("");
    }
    lines.push(`${s.findings} violation(s) on ${s.resourcesWithFindings} of ${s.resources} resource(s): ` +
        `${s.mandatory} mandatory, ${s.advisory} ` +
        `advisory` + (s.undecided ? `; ${s.undecided} check(s) could not decide on values unknown until deployment` : ""));
    return lines.join("\n") + "\n";
}
