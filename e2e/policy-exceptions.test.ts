/**
 * Policy exceptions (a version 2 config's `exceptions`) in the real CLI and in `azure-srm scan`, with the same
 * config: `pulumi policy analyze` on the insecure stack export and `pulumi preview` on the insecure program
 * exempt the same findings as the scan, keep every other finding as it was, and stop blocking on what they
 * exempt. The baseline that `azure-srm scan --write-exceptions` writes (with an expiry the CLI does not know) is
 * accepted by the CLI and exempts every violation there too.
 */
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { pack, repo, Result, Sandbox, stackExports } from "./cli";
import { parseEvents, readEvents, urnName } from "./events";

/** A policy event of the engine, with the exceptions the CLI matched (apitype.PolicyEvent.Exceptions). */
interface ExemptedEvent {
    resourceUrn?: string;
    policyName: string;
    enforcementLevel: string;
    severity?: string;
    exceptions?: { id: string; reason: string }[];
}

const policyEventsOf = (events: any[]): ExemptedEvent[] => events.filter((e) => e.policyEvent).map((e) => e.policyEvent);

/** "policy resource level severity [exception ids]" per violation, sorted: one comparable line per finding. */
const eventKeys = (events: ExemptedEvent[]) => events.map((e) =>
    `${e.policyName} ${urnName(e.resourceUrn)} ${e.enforcementLevel} ${e.severity} [${(e.exceptions ?? []).map((x) => x.id).join(",")}]`).sort();

interface ScanFinding { policy: string; resourceName: string; urn: string; enforcementLevel: string; severity: string;
    exemption?: { id: string; reason: string; source: string; others?: { id: string }[] } }
interface ScanReport { findings: ScanFinding[]; summary: { mandatory: number; exempted: number } }

const scanKeys = (report: ScanReport) => report.findings.map((f) => `${f.policy} ${f.resourceName} ${f.enforcementLevel} ${f.severity} ` +
    `[${f.exemption ? [f.exemption.id, ...(f.exemption.others ?? []).map((o) => o.id)].join(",") : ""}]`).sort();

/** `azure-srm scan` (the built CLI) with its exit code and output. */
function azureSrm(...args: string[]): { code: number; stdout: string; stderr: string } {
    try {
        const stdout = execFileSync("node", [path.join(repo, "dist", "bin", "azure-srm.js"), "scan", ...args],
            { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
        return { code: 0, stdout, stderr: "" };
    } catch (e) {
        const err = e as { status: number; stdout: string; stderr: string };
        return { code: err.status, stdout: err.stdout, stderr: err.stderr };
    }
}

function scanJson(input: string, config: string, ...extra: string[]): { code: number; report: ScanReport } {
    const r = azureSrm(input, "--format", "json", "--config", config, ...extra);
    assert.ok(r.code === 0 || r.code === 1, `azure-srm scan exited ${r.code}: ${r.stderr}`);
    return { code: r.code, report: JSON.parse(r.stdout) };
}

/** The insecure export as `pulumi up` would have recorded it: outputs equal to the inputs (see policy-analyze.test.ts). */
function insecureWithOutputs(): object {
    const doc = JSON.parse(fs.readFileSync(path.join(stackExports, "insecure.json"), "utf8"));
    for (const r of doc.deployment.resources) {
        r.outputs = r.inputs ?? {};
    }
    return doc;
}

const storageUrn = "urn:pulumi:insecure::shop::azure-native:storage:StorageAccount::storage";
const reason = "legacy clients speak HTTP until the Q3 migration (ticket SEC-123)";

describe("policy exceptions: the real CLI and azure-srm scan agree", () => {
    let sb: Sandbox;
    let insecure: string;

    const analyze = async (config: string, ...extra: string[]): Promise<Result & { events: ExemptedEvent[] }> => {
        const r = await sb.pulumi(["policy", "analyze", "--policy-pack", pack, "--file", insecure, "--policy-pack-config", config, ...extra]);
        return { ...r, events: policyEventsOf(parseEvents(r.stdout)) };
    };

    before(() => {
        sb = new Sandbox("exceptions");
        insecure = sb.write("insecure.json", insecureWithOutputs());
    });
    after(() => sb.remove());

    describe("one mandatory finding exempted (pulumi policy analyze on the insecure export)", () => {
        let config: string;
        let cli: Result & { events: ExemptedEvent[] };
        let plain: ExemptedEvent[];
        let scanned: { code: number; report: ScanReport };

        before(async () => {
            config = sb.write("one-exception.json", {
                version: 2,
                policies: {},
                exceptions: { "EXC-1": { reason, match: [{ policies: ["storage-https-only"], targets: [storageUrn] }] } },
            });
            cli = await analyze(config, "--json");
            plain = (await analyze(sb.write("no-exception.json", { version: 2, policies: {} }), "--json")).events;
            scanned = scanJson(insecure, config);
        });

        it("the CLI shows the finding exempted with the exception's id and reason, its level unchanged", () => {
            const https = cli.events.filter((e) => e.policyName === "storage-https-only");
            assert.deepStrictEqual(https.map((e) => [e.resourceUrn, e.enforcementLevel, e.exceptions]),
                [[storageUrn, "mandatory", [{ id: "EXC-1", reason }]]], cli.output);
        });

        it("the CLI leaves every other finding as it was, and still fails on the other mandatory ones", () => {
            const others = (events: ExemptedEvent[]) => eventKeys(events.filter((e) => e.policyName !== "storage-https-only"));
            assert.deepStrictEqual(others(cli.events), others(plain));
            assert.ok(cli.events.filter((e) => e.policyName !== "storage-https-only").every((e) => !e.exceptions));
            assert.notStrictEqual(cli.code, 0);
            assert.match(cli.stderr, /one or more mandatory policy violations were found/);
        });

        it("azure-srm scan with the same config reports the same findings with the same exemption", () => {
            assert.deepStrictEqual(scanKeys(scanned.report), eventKeys(cli.events));
            const https = scanned.report.findings.filter((f) => f.policy === "storage-https-only");
            assert.deepStrictEqual(https.map((f) => f.exemption), [{ id: "EXC-1", reason, source: "pulumi" }]);
            assert.strictEqual(scanned.report.summary.exempted, 1);
            assert.strictEqual(scanned.code, 1, "the other mandatory findings still block");
            assert.strictEqual(scanned.report.summary.mandatory,
                cli.events.filter((e) => e.enforcementLevel === "mandatory" && !e.exceptions).length);
        });

        it("the CLI's text display marks it [exempted] with its exception", async () => {
            const r = await analyze(config);
            assert.match(r.output, /· \[exempted\] \[mandatory\] \[severity: high\]\s+storage-https-only\s+\(azure-native:storage:StorageAccount: storage\)/);
            assert.ok(r.output.includes(`EXC-1: ${reason}`), r.output);
        });
    });

    describe("a malformed exception", () => {
        it("fails the CLI and the scan alike, each naming the entry", async () => {
            const bad = sb.write("bad-exception.json", { version: 2, exceptions: { "EXC-1": { reason, match: [{ policies: ["all"], targets: [storageUrn] }] } } });
            const r = await analyze(bad);
            assert.notStrictEqual(r.code, 0);
            assert.match(r.stderr, /policy exception "EXC-1": match\[0\]: "policies" must name policies; "all" isn't allowed/);
            const s = azureSrm(insecure, "--config", bad);
            assert.strictEqual(s.code, 2);
            assert.match(s.stderr, /policy exception "EXC-1": match\[0\]: "policies" must name policies; "all" isn't allowed/);
        });
    });

    describe("a baseline written by azure-srm scan --write-exceptions", () => {
        let baseline: string;
        let written: string;

        before(() => {
            baseline = path.join(sb.root, "baseline.json");
            fs.writeFileSync(baseline, JSON.stringify({ version: 2, policies: { "storage-blob-soft-delete": { minimumDays: 14 } } }));
            const w = azureSrm(insecure, "--write-exceptions", baseline, "--expires", "2099-12-31", "--reason", "adopted with the pack");
            assert.strictEqual(w.code, 0, w.stderr);
            written = fs.readFileSync(baseline, "utf8");
        });

        it("is accepted by the CLI (expiresAt included), which exempts every violation and passes", async () => {
            assert.match(written, /"expiresAt": "2099-12-31T00:00:00Z"/);
            const r = await analyze(baseline, "--json");
            assert.strictEqual(r.code, 0, r.output);
            assert.ok(r.events.length > 20, r.output);
            assert.deepStrictEqual(r.events.filter((e) => !e.exceptions || e.exceptions.length !== 1), []);
            assert.ok(r.events.every((e) => e.exceptions![0].reason === "adopted with the pack (expires 2099-12-31)"));
            const s = scanJson(insecure, baseline);
            assert.strictEqual(s.code, 0);
            assert.deepStrictEqual(scanKeys(s.report), eventKeys(r.events));
        });

        it("a rerun changes no byte; a violation the baseline does not cover still blocks, in both", async () => {
            assert.strictEqual(azureSrm(insecure, "--write-exceptions", baseline).code, 0);
            assert.strictEqual(fs.readFileSync(baseline, "utf8"), written);
            // Drop one mandatory finding's exception: that one violation is new to the baseline.
            const doc = JSON.parse(written);
            const [id] = Object.entries(doc.exceptions).find(([, e]: [string, any]) => e.match[0].policies[0] === "storage-https-only")!;
            delete doc.exceptions[id];
            const partial = sb.write("baseline-partial.json", doc);
            const r = await analyze(partial, "--json");
            assert.notStrictEqual(r.code, 0);
            assert.deepStrictEqual(r.events.filter((e) => !e.exceptions).map((e) => `${e.policyName} ${urnName(e.resourceUrn)}`),
                ["storage-https-only storage"]);
            const s = scanJson(insecure, partial);
            assert.strictEqual(s.code, 1);
            assert.deepStrictEqual(scanKeys(s.report), eventKeys(r.events));
        });
    });

    describe("pulumi preview on the insecure program", () => {
        let dir: string;
        let baseline: string;

        const preview = async (config: string): Promise<Result & { events: ExemptedEvent[] }> => {
            const log = path.join(sb.root, `preview-${path.basename(config)}.events.jsonl`);
            const r = await sb.pulumi(["preview", "--policy-pack", pack, "--policy-pack-config", config, "--event-log", log],
                { cwd: dir, env: { PULUMI_DEBUG_COMMANDS: "true" } });
            return { ...r, events: policyEventsOf(readEvents(log)) };
        };

        before(async () => {
            await sb.expect(0, ["login", `file://${sb.backend}`]);
            dir = sb.program("insecure");
            // The stack azure-srm scans a program as by default, so that the URNs are the preview's.
            await sb.expect(0, ["stack", "init", "dev", "--secrets-provider", "passphrase"], { cwd: dir });
            baseline = path.join(sb.root, "program-baseline.json");
            const w = azureSrm(dir, "--write-exceptions", baseline, "--transpile-only");
            assert.strictEqual(w.code, 0, w.stderr);
        });

        it("the baseline from scanning the program exempts every violation of its preview, which passes", async () => {
            const r = await preview(baseline);
            assert.strictEqual(r.code, 0, r.output);
            assert.ok(r.events.some((e) => e.enforcementLevel === "mandatory"), r.output);
            assert.deepStrictEqual(r.events.filter((e) => !e.exceptions?.length), []);
            const s = scanJson(dir, baseline, "--transpile-only");
            assert.strictEqual(s.code, 0);
            assert.deepStrictEqual(scanKeys(s.report), eventKeys(r.events));
        });

        it("one exemption: the same finding exempted, the others unchanged, in the preview and the scan", async () => {
            const config = sb.write("program-one.json", { version: 2, exceptions: { "EXC-1": { reason, match: [{
                policies: ["storage-https-only"], targets: ["urn:pulumi:dev::shop::azure-native:storage:StorageAccount::storage"] }] } } });
            const r = await preview(config);
            assert.notStrictEqual(r.code, 0, "the other mandatory findings still fail the preview");
            assert.deepStrictEqual(r.events.filter((e) => e.exceptions).map((e) => [e.policyName, urnName(e.resourceUrn), e.exceptions]),
                [["storage-https-only", "storage", [{ id: "EXC-1", reason }]]]);
            const s = scanJson(dir, config, "--transpile-only");
            assert.strictEqual(s.code, 1);
            assert.deepStrictEqual(scanKeys(s.report), eventKeys(r.events));
        });
    });
});
