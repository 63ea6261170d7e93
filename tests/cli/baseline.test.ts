import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { baselineId, baselineSummary, defaultBaselineReason, mergeBaseline, parseExpiry, stackPrefix } from "../../lib/cli/baseline";
import { runCli } from "../../lib/cli/cli";
import { InputError } from "../../lib/core/errors";
import { parsePolicyPackConfig, policyConfigExceptions } from "../../lib/engine/policy-config";
import { exampleDir } from "../../scripts/example-stacks";

const prefix = stackPrefix("urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod");
const storage = "urn:pulumi:prod::shop::azure-native:storage:StorageAccount::storage";
const nsg = "urn:pulumi:prod::shop::azure-native:network:NetworkSecurityGroup::nsg";
const otherStack = "urn:pulumi:dev::shop::azure-native:storage:StorageAccount::storage";
const violations = [
    { policy: "storage-https-only", urn: storage },
    { policy: "storage-min-tls-1-2", urn: storage },
    { policy: "nsg-no-ssh-from-internet", urn: nsg },
    { policy: "storage-https-only", urn: storage }, // a policy reporting twice on one resource: one exception
];

describe("--write-exceptions: a baseline as CLI-native policy exceptions", () => {
    it("ids are stable, derived from policy and URN, and ids the CLI accepts", () => {
        const id = baselineId("storage-https-only", storage);
        assert.strictEqual(id, baselineId("storage-https-only", storage));
        assert.match(id, /^baseline-storage-https-only-[0-9a-f]{10}$/);
        assert.notStrictEqual(id, baselineId("storage-https-only", nsg));
        assert.notStrictEqual(id, baselineId("storage-min-tls-1-2", storage));
    });

    it("creates a version 2 config with one exception per (policy, resource), which the config reader accepts", () => {
        const r = mergeBaseline(undefined, "policy.json", violations, prefix);
        assert.strictEqual(r.added.length, 3);
        const doc = JSON.parse(r.text!);
        assert.deepStrictEqual(Object.keys(doc), ["version", "policies", "exceptions"]);
        assert.deepStrictEqual([doc.version, doc.policies], [2, {}]);
        parsePolicyPackConfig(doc);
        const written = policyConfigExceptions(doc);
        assert.deepStrictEqual(written.map((e) => e.match), [
            [{ policies: ["nsg-no-ssh-from-internet"], targets: [nsg] }],
            [{ policies: ["storage-https-only"], targets: [storage] }],
            [{ policies: ["storage-min-tls-1-2"], targets: [storage] }],
        ]);
        assert.ok(written.every((e) => e.reason === defaultBaselineReason && e.expiresAt === undefined));
        assert.strictEqual(written.find((e) => e.match[0].policies[0] === "storage-https-only")!.id, baselineId("storage-https-only", storage));
    });

    it("is idempotent: a second run on the same findings leaves the file byte for byte as it was", () => {
        const first = mergeBaseline(undefined, "policy.json", violations, prefix, { expires: "2027-06-30" }).text!;
        const second = mergeBaseline(first, "policy.json", violations, prefix, { expires: "2027-06-30" });
        assert.strictEqual(second.text, undefined);
        assert.deepStrictEqual([second.added, second.alreadyExempted, second.stale], [[], 3, []]);
        // Even with another reason or expiry: existing exceptions are not rewritten.
        assert.strictEqual(mergeBaseline(first, "policy.json", violations, prefix, { reason: "other" }).text, undefined);
    });

    it("merges: keeps policies, other keys, hand-written exceptions and their order; adds only what no exception covers", () => {
        const existing = JSON.stringify({
            version: 2,
            policies: { "storage-https-only": "mandatory", "pack-settings": { severityThreshold: "medium" } },
            environments: ["org/policy"],
            exceptions: {
                "EXC-7": { reason: "TLS 1.0 client", match: [{ policies: ["storage-min-tls-1-2"], targets: [storage] }] },
                "EXC-1": { reason: "shared across stacks", match: [{ policies: ["storage-https-only"], targets: [otherStack] }] },
            },
        }, null, 4);
        const r = mergeBaseline(existing, "policy.json", violations, prefix);
        const doc = JSON.parse(r.text!);
        assert.deepStrictEqual(doc.policies, { "storage-https-only": "mandatory", "pack-settings": { severityThreshold: "medium" } });
        assert.deepStrictEqual(doc.environments, ["org/policy"]);
        assert.deepStrictEqual(Object.keys(doc.exceptions), ["EXC-7", "EXC-1", baselineId("nsg-no-ssh-from-internet", nsg),
            baselineId("storage-https-only", storage)]);
        assert.deepStrictEqual(doc.exceptions["EXC-7"], JSON.parse(existing).exceptions["EXC-7"]);
        assert.strictEqual(r.alreadyExempted, 1, "EXC-7 already covers storage-min-tls-1-2");
        assert.strictEqual(r.otherStacks, 1, "EXC-1 names another stack's resource: not judged");
        assert.deepStrictEqual(r.stale, []);
    });

    it("an unversioned config is kept as the policies of a version 2 one", () => {
        const r = mergeBaseline(JSON.stringify({ all: "advisory", environments: ["org/env"] }), "p.json", violations.slice(0, 1), prefix);
        const doc = JSON.parse(r.text!);
        assert.ok(r.converted);
        assert.deepStrictEqual([doc.version, doc.policies, doc.environments, Object.keys(doc.exceptions).length],
            [2, { all: "advisory" }, ["org/env"], 1]);
    });

    it("lists exceptions whose violation is gone as stale, keeps them, and removes them only with prune", () => {
        const first = mergeBaseline(undefined, "policy.json", violations, prefix).text!;
        const fixed = violations.filter((v) => v.policy !== "nsg-no-ssh-from-internet");
        const r = mergeBaseline(first, "policy.json", fixed, prefix);
        assert.strictEqual(r.text, undefined, "nothing removed silently");
        assert.deepStrictEqual(r.stale.map((e) => e.id), [baselineId("nsg-no-ssh-from-internet", nsg)]);
        const summary = baselineSummary(r, "policy.json", false);
        assert.match(summary, /^policy\.json is unchanged: no violation without an exception \(2 violation\(s\) already exempted there\)\n/);
        assert.match(summary, /stale: 1 exception\(s\) in policy\.json exempt no violation this scan finds; remove them, or rerun with --prune:\n {2}baseline-nsg-no-ssh-from-internet-[0-9a-f]{10} {2}nsg-no-ssh-from-internet on urn:pulumi:prod::shop::azure-native:network:NetworkSecurityGroup::nsg\n/);
        const pruned = mergeBaseline(first, "policy.json", fixed, prefix, { prune: true });
        assert.deepStrictEqual(Object.keys(JSON.parse(pruned.text!).exceptions).sort(),
            [baselineId("storage-https-only", storage), baselineId("storage-min-tls-1-2", storage)].sort());
        assert.match(baselineSummary(pruned, "policy.json", true), /removed 1 stale exception/);
        // A hand-written exception with a live target among others stays; an empty scan judges nothing stale.
        const mixed = JSON.stringify({ version: 2, exceptions: { "EXC-1": { reason: "r", match: [
            { policies: ["nsg-no-ssh-from-internet"], targets: [nsg] }, { policies: ["storage-https-only"], targets: [storage] }] } } });
        assert.deepStrictEqual(mergeBaseline(mixed, "p.json", fixed, prefix).stale, []);
        assert.deepStrictEqual(mergeBaseline(mixed, "p.json", [], "").stale, []);
    });

    it("--expires goes into expiresAt (which the CLI ignores) and the reason (which it prints); bad dates are refused", () => {
        const now = new Date("2026-12-02T15:00:00Z");
        assert.strictEqual(parseExpiry("2027-06-30", now), "2027-06-30T00:00:00Z");
        for (const bad of ["2027-02-30", "30/06/2027", "2027-6-30", "tomorrow", "2026-12-02", "2025-01-01"]) {
            assert.throws(() => parseExpiry(bad, now), (e: Error) => e instanceof InputError && /--expires/.test(e.message), bad);
        }
        const r = mergeBaseline(undefined, "p.json", violations.slice(0, 1), prefix, { expires: "2027-06-30", reason: "accepted risk" });
        const [e] = policyConfigExceptions(JSON.parse(r.text!));
        assert.deepStrictEqual([e.reason, e.expiresAt], ["accepted risk (expires 2027-06-30)", "2027-06-30T00:00:00Z"]);
    });

    it("refuses a malformed file with one error naming it, and an id taken by an exception that does not cover its violation", () => {
        for (const [text, why] of [
            ["{ not json", /--write-exceptions p\.json is not JSON/],
            ["[1]", /--write-exceptions p\.json: policy config must be a JSON object/],
            [JSON.stringify({ version: 3 }), /--write-exceptions p\.json: policy config version 3 is not supported/],
            [JSON.stringify({ version: 2, exceptions: { "EXC-1": { reason: "", match: [] } } }), /policy exception "EXC-1": "reason" is required/],
            [JSON.stringify({ version: 2, policies: { "storage-https-only": "blocking" } }), /not a valid enforcement level/],
        ] as const) {
            assert.throws(() => mergeBaseline(text, "p.json", violations, prefix), (e: Error) =>
                e instanceof InputError && why.test(e.message) && !e.message.includes("\n"), text);
        }
        const id = baselineId("storage-https-only", storage);
        const taken = JSON.stringify({ version: 2, exceptions: { [id]: { reason: "r", match: [{ policies: ["other"], targets: [storage] }] } } });
        assert.throws(() => mergeBaseline(taken, "p.json", violations, prefix), new RegExp(`exception "${id}" exists but does not exempt`));
    });
});

describe("azure-srm scan --write-exceptions (in-process CLI on the insecure export)", function () {
    this.timeout(180000);
    const insecure = path.join(exampleDir, "insecure.json");
    let tmp: string;
    const run = async (...argv: string[]) => {
        let out = "";
        let err = "";
        const code = await runCli(["scan", ...argv], { out: (s) => { out += s; }, err: (s) => { err += s; } });
        return { code, out, err };
    };
    before(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), "azure-srm-baseline-")); });
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it("writes every violation, then a scan under that config blocks nothing and exits 0; a rerun changes no byte", async () => {
        const file = path.join(tmp, "policy.json");
        fs.writeFileSync(file, JSON.stringify({ version: 2, policies: { "storage-blob-soft-delete": { minimumDays: 14 } } }));
        const written = await run(insecure, "--write-exceptions", file, "--reason", "adopted 2026-12", "--expires", "2099-01-31");
        assert.strictEqual(written.code, 0, written.err);
        assert.match(written.out, /^wrote \d+ new exception\(s\) to /);
        const before = fs.readFileSync(file);
        const doc = JSON.parse(before.toString());
        assert.deepStrictEqual(doc.policies, { "storage-blob-soft-delete": { minimumDays: 14 } });
        const exceptions = policyConfigExceptions(doc);
        assert.ok(exceptions.length > 20);
        assert.ok(exceptions.every((e) => e.match.length === 1 && e.match[0].policies.length === 1 && e.match[0].targets.length === 1 &&
            e.match[0].targets[0].startsWith("urn:pulumi:insecure::shop::")));

        const scanned = await run(insecure, "--format", "json", "--config", file);
        const report = JSON.parse(scanned.out);
        assert.strictEqual(scanned.code, 0, "every mandatory finding is exempted");
        assert.strictEqual(report.summary.mandatory, 0);
        assert.strictEqual(report.summary.exempted, report.findings.length);
        assert.ok(report.findings.every((f: any) => f.exemption.source === "pulumi" && f.exemption.reason === "adopted 2026-12 (expires 2099-01-31)"));

        const again = await run(insecure, "--write-exceptions", file);
        assert.strictEqual(again.code, 0, again.err);
        assert.match(again.out, /is unchanged/);
        assert.ok(fs.readFileSync(file).equals(before), "byte-identical");
    });

    it("bad input leaves the file untouched: a malformed file, a bad date, options that need --write-exceptions", async () => {
        const file = path.join(tmp, "broken.json");
        fs.writeFileSync(file, "{ \"version\": 2, ");
        const broken = await run(insecure, "--write-exceptions", file);
        assert.strictEqual(broken.code, 2);
        assert.match(broken.err, /broken\.json is not JSON/);
        assert.strictEqual(broken.err.trim().split("\n").length, 1, broken.err);
        assert.strictEqual(fs.readFileSync(file, "utf8"), "{ \"version\": 2, ");
        const fresh = path.join(tmp, "fresh.json");
        const badDate = await run(insecure, "--write-exceptions", fresh, "--expires", "2027-13-01");
        assert.strictEqual(badDate.code, 2);
        assert.match(badDate.err, /--expires takes a calendar date as YYYY-MM-DD/);
        assert.ok(!fs.existsSync(fresh));
        const orphan = await run(insecure, "--expires", "2099-01-01");
        assert.strictEqual(orphan.code, 2);
        assert.match(orphan.err, /--expires only go with --write-exceptions/);
        const withFormat = await run(insecure, "--write-exceptions", fresh, "--format", "json");
        assert.strictEqual(withFormat.code, 2);
        assert.ok(fs.readdirSync(tmp).every((f) => !f.endsWith(".tmp")), "no temporary file left behind");
    });
});
