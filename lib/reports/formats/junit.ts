/** JUnit XML, for CI test views. */
import { packName } from "../../core/paths";
import type { CatalogEntry } from "../catalog";
import type { Report, ReportedFinding, UndecidedCheck } from "../report";
import type { Formatter } from "./formatter";

const xml = (s: string): string => s.replace(/[<>&"']/g, (c) =>
    ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&apos;" })[c]!);

/**
 * JUnit XML: a test suite per area, a test case per policy. A mandatory finding fails the case; advisory ones,
 * exempted ones (marked EXEMPTED, with the exception; counted in the suite's "exempted" property) and checks that
 * could not decide leave it passing and are listed in its system-out, as warnings are in CI test views. Resource
 * types no policy examines come last, as a "not-covered" suite of skipped cases.
 */
export function toJUnit(report: Report): string {
    const byPolicy = new Map<string, ReportedFinding[]>();
    for (const f of report.findings) {
        byPolicy.set(f.policy, [...(byPolicy.get(f.policy) ?? []), f]);
    }
    const entries = report.policies;
    const areas = [...new Set(entries.map((e) => e.area))];
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
    const blocking = (f: ReportedFinding) => f.enforcementLevel === "mandatory" && !f.exemption;
    const failing = (e: CatalogEntry) => (byPolicy.get(e.name) ?? []).some(blocking);
    lines.push(`<testsuites name="${packName}" tests="${entries.length + report.notCovered.types.length}" ` +
        `failures="${entries.filter(failing).length}">`);
    for (const area of areas) {
        const inArea = entries.filter((e) => e.area === area);
        lines.push(`  <testsuite name="${xml(area)}" tests="${inArea.length}" failures="${inArea.filter(failing).length}">`);
        const exemptedInArea = inArea.flatMap((e) => byPolicy.get(e.name) ?? []).filter((f) => f.exemption).length;
        if (exemptedInArea > 0) {
            lines.push(`    <properties><property name="exempted" value="${exemptedInArea}"/></properties>`);
        }
        for (const e of inArea) {
            const found = byPolicy.get(e.name) ?? [];
            const describe = (f: ReportedFinding) => `${f.enforcementLevel.toUpperCase()} ${f.severity} ${f.resourceName} ` +
                `(${f.resourceType}): ${f.message}`;
            const describeExempted = (f: ReportedFinding) => `EXEMPTED ${describe(f)} [${[f.exemption!, ...(f.exemption!.others ?? [])]
                .map((x) => `${x.id}: ${x.reason}`).join("; ")}]`;
            lines.push(`    <testcase classname="${packName}.${xml(area)}" name="${xml(e.name)}">`);
            const mandatory = found.filter(blocking);
            if (mandatory.length > 0) {
                lines.push(`      <failure type="mandatory" message="${xml(`${mandatory.length} resource(s) violate ` +
                    `${e.name}`)}">${xml([...mandatory.map(describe), `fix: ${e.remediation}`].join("\n"))}</failure>`);
            }
            const advisory = found.filter((f) => f.enforcementLevel !== "mandatory" && !f.exemption);
            const exempted = found.filter((f) => f.exemption);
            const undecided = report.undecided.filter((u) => u.policy === e.name);
            if (advisory.length > 0 || exempted.length > 0 || undecided.length > 0) {
                lines.push(`      <system-out>${xml([...advisory.map(describe), ...exempted.map(describeExempted),
                    ...undecided.map(describeUndecided)].join("\n"))}</system-out>`);
            }
            lines.push("    </testcase>");
        }
        lines.push("  </testsuite>");
    }
    const uncovered = report.notCovered.types;
    if (uncovered.length > 0) {
        lines.push(`  <testsuite name="not-covered" tests="${uncovered.length}" failures="0" skipped="${uncovered.length}">`);
        for (const t of uncovered) {
            lines.push(`    <testcase classname="${packName}.not-covered" name="${xml(t.type)}">`);
            lines.push(`      <skipped message="${xml(`no policy of this pack examines ${t.type} (${t.resources} resource(s))`)}"/>`);
            lines.push("    </testcase>");
        }
        lines.push("  </testsuite>");
    }
    lines.push("</testsuites>");
    return lines.join("\n") + "\n";
}

function describeUndecided(u: UndecidedCheck): string {
    return `UNDECIDED ${u.urn ? `${u.resourceName} (${u.resourceType})` : "the stack"}: ${u.reason}`;
}

export const junit: Formatter = {
    name: "junit",
    description: "JUnit XML: a suite per area, a case per policy; mandatory findings fail",
    render: toJUnit,
};
