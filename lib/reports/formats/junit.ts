/** JUnit XML, for CI test views. */
import { packName } from "../../core/paths";
import type { CatalogEntry } from "../catalog";
import type { Report, ReportedFinding } from "../report";
import type { Formatter } from "./formatter";

const xml = (s: string): string => s.replace(/[<>&"']/g, (c) =>
    ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&apos;" })[c]!);

/**
 * JUnit XML: a test suite per area, a test case per policy. A mandatory finding fails the case; advisory ones
 * leave it passing and are listed in its system-out, as warnings are in CI test views.
 */
export function toJUnit(report: Report): string {
    const byPolicy = new Map<string, ReportedFinding[]>();
    for (const f of report.findings) {
        byPolicy.set(f.policy, [...(byPolicy.get(f.policy) ?? []), f]);
    }
    const entries = report.policies;
    const areas = [...new Set(entries.map((e) => e.area))];
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
    const failing = (e: CatalogEntry) => (byPolicy.get(e.name) ?? []).some((f) => f.enforcementLevel === "mandatory");
    lines.push(`<testsuites name="${packName}" tests="${entries.length}" failures="${entries.filter(failing).length}">`);
    for (const area of areas) {
        const inArea = entries.filter((e) => e.area === area);
        lines.push(`  <testsuite name="${xml(area)}" tests="${inArea.length}" failures="${inArea.filter(failing).length}">`);
        for (const e of inArea) {
            const found = byPolicy.get(e.name) ?? [];
            const describe = (f: ReportedFinding) => `${f.enforcementLevel.toUpperCase()} ${f.severity} ${f.resourceName} ` +
                `(${f.resourceType}): ${f.message}`;
            lines.push(`    <testcase classname="${packName}.${xml(area)}" name="${xml(e.name)}">`);
            const mandatory = found.filter((f) => f.enforcementLevel === "mandatory");
            if (mandatory.length > 0) {
                lines.push(`      <failure type="mandatory" message="${xml(`${mandatory.length} resource(s) violate ` +
                    `${e.name}`)}">${xml([...mandatory.map(describe), `fix: ${e.remediation}`].join("\n"))}</failure>`);
            }
            const advisory = found.filter((f) => f.enforcementLevel !== "mandatory");
            if (advisory.length > 0) {
                lines.push(`      <system-out>${xml(advisory.map(describe).join("\n"))}</system-out>`);
            }
            lines.push("    </testcase>");
        }
        lines.push("  </testsuite>");
    }
    lines.push("</testsuites>");
    return lines.join("\n") + "\n";
}

export const junit: Formatter = {
    name: "junit",
    description: "JUnit XML: a suite per area, a case per policy; mandatory findings fail",
    render: toJUnit,
};
