/** Plain text, grouped by area, with severity, enforcement and the fix: what a person reads in a terminal. */
import { areas } from "../../kit/model";
import { areaTitle, packArea } from "../catalog";
import type { Report } from "../report";
import type { Formatter } from "./formatter";

const areaOrder = [...Object.keys(areas), packArea];

export function formatText(report: Report): string {
    const remediation = new Map(report.policies.map((e) => [e.name, e.remediation]));
    const s = report.summary;
    const lines: string[] = [];
    for (const area of areaOrder) {
        const inArea = report.findings.filter((f) => f.area === area && !f.exemption);
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
    const exempted = report.findings.filter((f) => f.exemption);
    if (exempted.length > 0) {
        lines.push(`Exempted (${exempted.length}): findings a policy exception or a pack exemption of the config exempts; ` +
            "they do not block, and `pulumi preview` shows them as exempted (or, for a pack exemption, as advisory)");
        for (const f of exempted) {
            const e = f.exemption!;
            lines.push(`  ${f.enforcementLevel.toUpperCase()} ${f.severity}  ${f.policy}  ${f.resourceName} (${f.resourceType})`);
            lines.push(`    ${f.message}`);
            for (const x of [e, ...(e.others ?? [])]) {
                lines.push(`    exempted by ${x.id}: ${x.reason}`);
            }
        }
        lines.push("");
    }
    if (report.undecided.length > 0) {
        lines.push(`Undecided (${report.undecided.length}): checks that could not decide, each with its reason; those ` +
            "waiting on values unknown until the resources they depend on exist are decided by `pulumi up`");
        for (const u of report.undecided) {
            lines.push(`  ${u.policy}  ${u.urn ? `${u.resourceName} (${u.resourceType})` : "(the stack)"}`);
            lines.push(`    ${u.reason}`);
        }
        lines.push("");
    }
    if (report.notCovered.resources > 0) {
        lines.push(`Not covered: ${report.notCovered.resources} resource(s) of ${report.notCovered.types.length} type(s) ` +
            "that no policy of this pack examines");
        lines.push(`  ${report.notCovered.types.map((t) => `${t.type} (${t.resources})`).join(", ")}`);
        lines.push("");
    }
    lines.push(`${s.findings} violation(s) on ${s.resourcesWithFindings} of ${s.resources} resource(s): ` +
        `${s.mandatory} mandatory, ${s.advisory} ` +
        `advisory` + (s.exempted ? `, ${s.exempted} exempted` : "") +
        (s.undecided ? `; ${s.undecided} check(s) could not decide` : ""));
    if (s.findings > 0) {
        lines.push("(mandatory violations block `pulumi up`; advisory ones are reported and let it go ahead" +
            (s.exempted ? "; exempted ones are reported and block nothing" : "") + ")");
    }
    return lines.join("\n") + "\n";
}

export const text: Formatter = {
    name: "text",
    description: "grouped by area, with severity, enforcement and the fix (the default)",
    render: formatText,
};
