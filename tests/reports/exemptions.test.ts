import * as assert from "assert";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Evaluation, Finding } from "../../lib/core/types";
import { parsePolicyExceptions } from "../../lib/engine/policy-config";
import { reportEntries } from "../../lib/reports/catalog";
import { expiryWarnings, rootStackUrn, violationUrnResolver } from "../../lib/reports/exemptions";
import { json } from "../../lib/reports/formats/json";
import { toJUnit } from "../../lib/reports/formats/junit";
import { toSarif } from "../../lib/reports/formats/sarif";
import { formatText } from "../../lib/reports/formats/text";
import { buildReport, Report } from "../../lib/reports/report";

/* eslint-disable @typescript-eslint/no-require-imports */
const Ajv = require("ajv-draft-04");
const sarifSchema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
/* eslint-enable @typescript-eslint/no-require-imports */

const stackUrn = "urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod";
const storage = "urn:pulumi:prod::shop::azure-native:storage:StorageAccount::storage";
const nsg = "urn:pulumi:prod::shop::azure-native:network:NetworkSecurityGroup::nsg";
const resources = [
    { urn: stackUrn, type: "pulumi:pulumi:Stack" },
    { urn: storage, type: "azure-native:storage:StorageAccount", parent: stackUrn },
    { urn: nsg, type: "azure-native:network:NetworkSecurityGroup", parent: stackUrn },
];

const finding = (policy: string, urn: string, enforcementLevel = "mandatory", severity = "high"): Finding =>
    ({ policy, urn, enforcementLevel, severity, message: `${policy} fails` });

/** Two mandatory findings and one advisory on the storage account, one critical on the NSG, one stack finding without a URN. */
const evaluation: Evaluation = {
    findings: [
        finding("storage-https-only", storage),
        finding("storage-min-tls-1-2", storage),
        finding("storage-key-rotation-reminder", storage, "advisory", "low"),
        finding("nsg-no-ssh-from-internet", nsg, "mandatory", "critical"),
        finding("diagnostic-settings-required", ""),
    ],
    notApplicable: new Map(),
};

const exceptions = parsePolicyExceptions({
    "EXC-1": { reason: "legacy clients until the 2027 migration", match: [{ policies: ["storage-https-only"], targets: [storage] }] },
    "EXC-2": { reason: "an advisory one too", match: [{ policies: ["storage-key-rotation-reminder"], targets: [storage] }] },
    // Stack findings with no URN of their own are matched against the root stack's, as the CLI attributes them.
    "EXC-3": { reason: "diagnostics go to a SIEM agent", match: [{ policies: ["diagnostic-settings-required"], targets: [stackUrn] }],
        expiresAt: "2027-01-31T00:00:00Z" },
    // Another policy on the same resource, and the exempted policy on another resource: neither exempts anything here.
    "EXC-4": { reason: "not this one", match: [{ policies: ["storage-min-tls-1-2"], targets: [nsg] }] },
});

function report(withExceptions = exceptions): Report {
    return buildReport(evaluation, { resources, policies: reportEntries(), artifact: "stack.json", version: "0.1.0",
        exceptions: withExceptions });
}

describe("policy exceptions in the report", () => {
    it("marks exactly the matched findings, keeps their level, and counts them apart", () => {
        const r = report();
        const exempted = r.findings.filter((f) => f.exemption).map((f) => `${f.policy} ${f.exemption!.id}`).sort();
        assert.deepStrictEqual(exempted, ["diagnostic-settings-required EXC-3", "storage-https-only EXC-1",
            "storage-key-rotation-reminder EXC-2"]);
        const https = r.findings.find((f) => f.policy === "storage-https-only")!;
        assert.deepStrictEqual(https.exemption, { id: "EXC-1", reason: "legacy clients until the 2027 migration", source: "pulumi" });
        assert.strictEqual(https.enforcementLevel, "mandatory", "the level stays as the pack reported it, as in the CLI's event");
        assert.strictEqual(r.findings.find((f) => f.policy === "diagnostic-settings-required")!.exemption!.expiresAt,
            "2027-01-31T00:00:00Z");
        assert.deepStrictEqual(
            { findings: r.summary.findings, mandatory: r.summary.mandatory, advisory: r.summary.advisory, exempted: r.summary.exempted },
            { findings: 5, mandatory: 2, advisory: 0, exempted: 3 });
        const none = report([]);
        assert.ok(none.findings.every((f) => !("exemption" in f)));
        assert.deepStrictEqual([none.summary.mandatory, none.summary.advisory, none.summary.exempted], [4, 1, 0]);
    });

    it("an exempted mandatory finding blocks nothing: exempting every mandatory one leaves 0 mandatory", () => {
        const all = parsePolicyExceptions({ "EXC-9": { reason: "baseline", match: [
            { policies: ["storage-https-only", "storage-min-tls-1-2"], targets: [storage] },
            { policies: ["nsg-no-ssh-from-internet"], targets: [nsg] },
            { policies: ["diagnostic-settings-required"], targets: [stackUrn] }] } });
        assert.strictEqual(report(all).summary.mandatory, 0);
    });

    it("json: an exemption field { id, reason, source } on the exempted findings; several exceptions all listed", () => {
        const out = JSON.parse(json.render(report()));
        assert.deepStrictEqual(out.findings.find((f: any) => f.policy === "storage-https-only").exemption,
            { id: "EXC-1", reason: "legacy clients until the 2027 migration", source: "pulumi" });
        assert.strictEqual(out.summary.exempted, 3);
        const two = parsePolicyExceptions({ "EXC-10": { reason: "ten", match: [{ policies: ["storage-https-only"], targets: [storage] }] },
            "EXC-2": { reason: "two", match: [{ policies: ["storage-https-only"], targets: [storage] }] } });
        const both = JSON.parse(json.render(report(two))).findings.find((f: any) => f.policy === "storage-https-only").exemption;
        assert.deepStrictEqual(both, { id: "EXC-2", reason: "two", source: "pulumi", others: [{ id: "EXC-10", reason: "ten" }] });
    });

    it("SARIF: a suppression of kind external per exception, its reason the justification; still schema-valid", () => {
        const sarif = toSarif(report()) as any;
        const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(sarifSchema);
        assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
        const results = sarif.runs[0].results;
        const https = results.find((r: any) => r.ruleId === "storage-https-only");
        assert.deepStrictEqual(https.suppressions, [{ kind: "external", status: "accepted",
            justification: "legacy clients until the 2027 migration", properties: { exceptionId: "EXC-1", source: "pulumi" } }]);
        assert.strictEqual(https.level, "error");
        assert.strictEqual(results.find((r: any) => r.ruleId === "storage-min-tls-1-2").suppressions, undefined);
    });

    it("text: exempted findings in their own section with the exception, and counted apart in the summary", () => {
        const text = formatText(report());
        const section = text.slice(text.indexOf("\nExempted (3): "));
        assert.match(section, /\n {2}MANDATORY high {2}storage-https-only {2}storage \(azure-native:storage:StorageAccount\)\n {4}storage-https-only fails\n {4}exempted by EXC-1: legacy clients until the 2027 migration\n/);
        assert.match(section, /\n {2}ADVISORY low {2}storage-key-rotation-reminder .*\n.*\n {4}exempted by EXC-2: an advisory one too\n/);
        assert.match(text, /5 violation\(s\) on 3 of 3 resource\(s\): 2 mandatory, 0 advisory, 3 exempted\n/);
        // Not listed again under its area.
        assert.strictEqual(text.split("storage-https-only  storage").length - 1, 1);
        assert.doesNotMatch(formatText(report([])), /exempted/i);
    });

    it("JUnit: an exempted mandatory finding does not fail its case; it is marked in system-out and counted per suite", () => {
        const text = toJUnit(report());
        assert.strictEqual(XMLValidator.validate(text), true);
        const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["testsuite", "testcase", "property"].includes(name) })
            .parse(text);
        const cases = doc.testsuites.testsuite.flatMap((s: any) => s.testcase);
        const https = cases.find((c: any) => c["@_name"] === "storage-https-only");
        assert.strictEqual(https.failure, undefined);
        assert.match(https["system-out"], /^EXEMPTED MANDATORY high storage \(azure-native:storage:StorageAccount\): storage-https-only fails \[EXC-1: legacy clients/);
        assert.ok(cases.find((c: any) => c["@_name"] === "storage-min-tls-1-2").failure, "the other mandatory finding still fails");
        const exemptedCounts = doc.testsuites.testsuite.flatMap((s: any) => s.properties?.property ?? [])
            .filter((p: any) => p["@_name"] === "exempted").map((p: any) => Number(p["@_value"]));
        assert.strictEqual(exemptedCounts.reduce((a: number, b: number) => a + b, 0), 3);
        const failed = cases.filter((c: any) => c.failure).map((c: any) => c["@_name"]).sort();
        assert.deepStrictEqual(failed, ["nsg-no-ssh-from-internet", "storage-min-tls-1-2"]);
        assert.strictEqual(Number(doc.testsuites["@_failures"]), 2);
    });

    it("resolves a violation's URN as the CLI does: the resource's; otherwise the root stack, found or derived", () => {
        const resolve = violationUrnResolver(resources);
        assert.strictEqual(resolve(storage), storage);
        assert.strictEqual(resolve(""), stackUrn);
        assert.strictEqual(resolve("urn:pulumi:prod::shop::azure-native:storage:StorageAccount::gone"), stackUrn);
        // No stack resource (a hand-written export): the default root stack URN of the first resource's stack and project.
        assert.strictEqual(rootStackUrn(resources.slice(1)), stackUrn);
        assert.strictEqual(rootStackUrn([]), "");
    });

    it("warns about an exception whose expiresAt has passed, or is not a date; the CLI ignores the field", () => {
        const withDates = parsePolicyExceptions({
            past: { reason: "r", match: [{ policies: ["p"], targets: [storage] }], expiresAt: "2026-01-31T00:00:00Z" },
            future: { reason: "r", match: [{ policies: ["p"], targets: [storage] }], expiresAt: "2027-01-31T00:00:00Z" },
            garbled: { reason: "r", match: [{ policies: ["p"], targets: [storage] }], expiresAt: "next spring" },
            none: { reason: "r", match: [{ policies: ["p"], targets: [storage] }] },
        });
        const warnings = expiryWarnings(withDates, new Date("2026-12-02T12:00:00Z"));
        assert.strictEqual(warnings.length, 2);
        assert.match(warnings.find((w) => w.includes("garbled"))!, /"expiresAt" is not a date/);
        assert.match(warnings.find((w) => w.includes("past"))!, /expired on 2026-01-31; the Pulumi CLI ignores expiresAt and still applies it/);
    });
});
