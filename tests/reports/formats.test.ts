import * as assert from "assert";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { catalogEntries } from "../../lib/reports/catalog";
import { evaluate } from "../../lib/engine/evaluate";
import { packPolicies } from "../../lib/engine/pack";
import { buildReport, Report } from "../../lib/reports/report";
import { readStackExport } from "../../lib/inputs/stack-export";
import { exampleDir } from "../../scripts/example-stacks";
import { unknownValue } from "../../lib/core/wire";
import { toJUnit } from "../../lib/reports/formats/junit";
import { toSarif } from "../../lib/reports/formats/sarif";

/* eslint-disable @typescript-eslint/no-require-imports */
const Ajv = require("ajv-draft-04");
// The official schema, as Microsoft ships it; one of its patterns is only valid outside unicode mode. String
// formats (uri, date-time) are not checked: ajv needs a plugin for them, and our one URI is a literal https URL.
const sarifSchema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
/* eslint-enable @typescript-eslint/no-require-imports */

async function insecureReport(): Promise<Report> {
    const resources = readStackExport(`${exampleDir}/insecure.json`);
    // One value unknown at preview and one resource of a type no policy examines, so that every format shows
    // the undecided and the not-covered parts.
    const storage = resources.find((r) => r.type === "azure-native:storage:StorageAccount")!;
    storage.props = { ...storage.props, enableHttpsTrafficOnly: unknownValue };
    const uncovered = { urn: "urn:pulumi:dev::shop::azure-native:portal:Dashboard::board", type: "azure-native:portal:Dashboard" };
    return buildReport(await evaluate(packPolicies(), resources), {
        resources: [...resources, uncovered], policies: catalogEntries(), artifact: "examples/stack-exports/insecure.json",
        version: "0.1.0",
    });
}

describe("report formats", () => {
    let report: Report;
    before(async () => {
        report = await insecureReport();
        assert.ok(report.findings.length > 0);
    });

    it("SARIF is valid against the SARIF 2.1.0 schema, one rule per policy, one result per finding", () => {
        const sarif = toSarif(report) as any;
        const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(sarifSchema);
        assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
        const run = sarif.runs[0];
        assert.deepStrictEqual(run.tool.driver.rules.map((r: any) => r.id), catalogEntries().map((e) => e.name));
        const failures = run.results.filter((r: any) => r.kind !== "open");
        assert.strictEqual(failures.length, report.findings.length);
        const open = run.results.filter((r: any) => r.kind === "open");
        assert.strictEqual(open.length, report.undecided.length);
        assert.ok(open.length > 0 && open.every((r: any) => r.level === "none" && /cannot decide yet|not decidable in this stack/.test(r.message.text)));
        assert.deepStrictEqual(run.properties.notCovered, report.notCovered);
        for (const result of run.results) {
            assert.strictEqual(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
            assert.strictEqual(result.locations[0].physicalLocation.artifactLocation.uri, "examples/stack-exports/insecure.json");
        }
        const ssh = run.results.find((r: any) => r.ruleId === "nsg-no-ssh-from-internet");
        assert.strictEqual(ssh.level, "error");
        const rule = run.tool.driver.rules.find((r: any) => r.id === "nsg-no-ssh-from-internet");
        assert.ok(rule.properties.tags.includes("networking") && rule.properties.tags.includes("MCSB NS-1"));
        assert.strictEqual(rule.properties["security-severity"], "9.5");
        assert.strictEqual(run.results.find((r: any) => r.ruleId === "aks-image-cleaner").level, "warning");
    });

    it("JUnit XML is well formed: a suite per area, a case per policy, mandatory findings fail", () => {
        const text = toJUnit(report);
        assert.strictEqual(XMLValidator.validate(text), true);
        const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["testsuite", "testcase"].includes(name) }).parse(text);
        const suites = doc.testsuites.testsuite;
        assert.ok(report.notCovered.types.length > 0, "the insecure example has resources no policy examines");
        assert.strictEqual(suites.length, 8);
        const notCovered = suites.pop();
        assert.strictEqual(notCovered["@_name"], "not-covered");
        assert.deepStrictEqual(notCovered.testcase.map((c: any) => c["@_name"]), report.notCovered.types.map((t) => t.type));
        assert.ok(notCovered.testcase.every((c: any) => c.skipped !== undefined));
        const cases = suites.flatMap((s: any) => s.testcase);
        assert.strictEqual(cases.length, catalogEntries().length);
        const failed = cases.filter((c: any) => c.failure).map((c: any) => c["@_name"]).sort();
        const mandatory = [...new Set(report.findings.filter((f) => f.enforcementLevel === "mandatory").map((f) => f.policy))].sort();
        assert.deepStrictEqual(failed, mandatory);
        assert.strictEqual(Number(doc.testsuites["@_failures"]), mandatory.length);
        const undecided = cases.find((c: any) => c["@_name"] === "storage-https-only");
        assert.ok(!undecided.failure && /UNDECIDED storage \(azure-native:storage:StorageAccount\): cannot decide yet/.test(undecided["system-out"]));
        const advisoryOnly = cases.find((c: any) => c["@_name"] === "aks-image-cleaner");
        assert.ok(!advisoryOnly.failure && /ADVISORY low aks/.test(advisoryOnly["system-out"]));
    });

    it("escapes what XML needs escaped", () => {
        const tricky: Report = { ...report, findings: [{ ...report.findings[0], enforcementLevel: "mandatory", message: `a <b> & "c" 'd'` }] };
        assert.strictEqual(XMLValidator.validate(toJUnit(tricky)), true);
    });
});
