/** Scan reports as SARIF 2.1.0 (GitHub code scanning) and JUnit XML (CI test views). */
import * as fs from "fs";
import * as path from "path";
import { CatalogEntry, catalogEntries } from "./catalog";
import { mcsb, packName } from "../engine/pack";
import { packRoot } from "../kit/registry";
import { Report, ReportedFinding } from "./report";

const versionOf = (): string =>
    (JSON.parse(fs.readFileSync(path.join(packRoot, "package.json"), "utf8")) as { version: string }).version;

/** GitHub ranks security results by this number: critical >= 9.0, high >= 7.0, medium >= 4.0. */
const securitySeverity: Record<string, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

const sarifLevel = (enforcementLevel: string): "error" | "warning" | "note" =>
    enforcementLevel === "mandatory" ? "error" : enforcementLevel === "advisory" ? "warning" : "note";

function rule(e: CatalogEntry) {
    return {
        id: e.name,
        name: e.name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
        shortDescription: { text: e.description },
        fullDescription: { text: `${e.description} (${e.area}; ${e.responsibility} is ${e.owner}-owned in ${e.serviceModel}.)` },
        help: { text: e.remediation, markdown: `**Fix:** ${e.remediation}` },
        defaultConfiguration: { level: sarifLevel(e.enforcementLevel), enabled: e.enforcementLevel !== "disabled" },
        properties: {
            tags: ["security", e.area, e.serviceModel, ...e.frameworks.mcsb.map((id) => `MCSB ${id}`),
                ...e.frameworks.cis.map((id) => `CIS ${id}`)],
            "security-severity": securitySeverity[e.severity] ?? "3.0",
            precision: "high",
        },
    };
}

/**
 * SARIF 2.1.0: one rule per policy of the pack, one result per finding. Each result points at `artifact` (the
 * program's entry file or the stack export, relative to the repository root) and names the resource by URN.
 */
export function toSarif(report: Report, artifact: string): object {
    const rules = catalogEntries().map(rule);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    return {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [{
            tool: {
                driver: {
                    name: "azure-srm",
                    fullName: `${packName} policy pack`,
                    version: versionOf(),
                    informationUri: mcsb.url,
                    rules,
                },
            },
            results: report.findings.map((f) => ({
                ruleId: f.policy,
                ruleIndex: index.get(f.policy) ?? 0,
                level: sarifLevel(f.enforcementLevel),
                message: { text: `${f.resourceName} (${f.resourceType}): ${f.message}` },
                locations: [{
                    physicalLocation: { artifactLocation: { uri: artifact }, region: { startLine: 1 } },
                    logicalLocations: [{ name: f.resourceName, fullyQualifiedName: f.urn, kind: "resource" }],
                }],
                partialFingerprints: { "policyAndResource/v1": `${f.policy}:${f.urn}` },
                properties: { severity: f.severity, enforcementLevel: f.enforcementLevel, area: f.area },
            })),
        }],
    };
}

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
    const entries = catalogEntries();
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
