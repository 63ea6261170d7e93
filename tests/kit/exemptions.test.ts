/**
 * The pack's own exemptions, pure (lib/kit/exemptions.ts): reading the config with one error naming the entry,
 * matching findings, expiry and its warning window, and the in-code exemption tag.
 */
import * as assert from "assert";
import {
    defaultExemptionSettings, ExemptionSettings, exemptionMatches, exemptionOutcome, FindingSubject, globMatches,
    PackExemption, parseExemptionTag, readExemptions,
} from "../../lib/kit/exemptions";
import { readSettings } from "../../lib/kit/settings";

const known = new Map<string, string | undefined>([
    ["storage-https-only", "data-protection"], ["storage-min-tls-1-2", "data-protection"],
    ["nsg-no-ssh-from-internet", "networking"], ["pack-settings", undefined],
]);

const storage: FindingSubject = {
    policy: "storage-https-only", area: "data-protection", name: "storage", type: "azure-native:storage:StorageAccount",
    urn: "urn:pulumi:prod::shop::azure-native:storage:StorageAccount::storage",
};

const now = new Date("2026-12-02T15:00:00Z");
const settings = (exemptions: PackExemption[], more: Partial<ExemptionSettings> = {}): ExemptionSettings =>
    ({ ...defaultExemptionSettings, exemptions, ...more });
const waiver = (more: Partial<PackExemption>): PackExemption =>
    ({ id: "EX-1", policies: ["storage-https-only"], names: ["storage"], category: "waiver", reason: "legacy client", expires: "2027-06-30", ...more });

describe("pack exemptions: config", () => {
    const read = (entries: unknown[]) => readExemptions(entries, known);
    const error = (entries: unknown[]) => {
        try {
            read(entries);
        } catch (e) {
            return (e as Error).message;
        }
        return assert.fail("accepted");
    };
    const good = { id: "EX-1", policies: ["storage-*"], resources: ["urn:pulumi:*::storage"], category: "mitigated", reason: "behind a firewall" };

    it("reads a valid entry, defaults and all", () => {
        assert.deepStrictEqual(read([good]), [good]);
        assert.deepStrictEqual(readExemptions(undefined), []);
        const s = readSettings({ exemptions: [good], allowTagExemptions: true }, new Map([["storage-https-only", { area: "data-protection" }]]));
        assert.deepStrictEqual([s.exemptions.length, s.expiryWarningDays, s.allowTagExemptions, s.exemptionTag], [1, 30, true, "azure-srm-exempt"]);
    });

    it("names the entry, by index and id, in each error", () => {
        const bad = (more: object) => error([good, { ...good, id: "EX-7", ...more }]);
        assert.strictEqual(bad({ reason: " " }), 'policy config "pack-settings.exemptions[1]" ("EX-7"): "reason" is required: say why the finding is accepted');
        assert.match(bad({ reason: undefined }), /exemptions\[1\]" \("EX-7"\): "reason" is required/);
        assert.match(bad({ category: "waiver" }), /\("EX-7"\): a waiver needs "expires"/);
        assert.match(bad({ expires: "2027-02-30" }), /\("EX-7"\): "expires" must be a real date, YYYY-MM-DD/);
        assert.match(bad({ expires: "31/01/2027" }), /\("EX-7"\): "expires" must be a real date/);
        assert.match(bad({ policies: ["storage-https-onyl"] }), /\("EX-7"\): "policies" names "storage-https-onyl", which matches no policy/);
        assert.match(bad({ policies: ["sql-*"] }), /"policies" names "sql-\*", which matches no policy/);
        assert.match(bad({ policies: undefined, areas: ["data"] }), /\("EX-7"\): "areas" names "data", which is not an area; the areas are data-protection, networking/);
        assert.match(bad({ owner2: "x" }), /\("EX-7"\): has no key "owner2"/);
        assert.match(bad({ policies: undefined }), /give "policies" or "areas"/);
        assert.match(bad({ resources: undefined }), /give "resources", "names" or "types"/);
        assert.match(bad({ category: "accepted" }), /"category" must be "waiver" or "mitigated"/);
        assert.match(bad({ names: [] }), /"names" must be a non-empty list/);
        assert.match(bad({ id: "EX-1" }), /exemptions\[1\]" \("EX-1"\): the id is used by an earlier exemption/);
        assert.match(error([{ ...good, id: undefined }]), /^policy config "pack-settings.exemptions\[0\]": "id" is required/);
        assert.match(error(["EX-1"]), /exemptions\[0\]": must be an object/);
    });

    it("pack-settings refuses bad switches and unknown options", () => {
        assert.throws(() => readSettings({ allowTagExemptions: "yes" }), /allowTagExemptions" must be true or false/);
        assert.throws(() => readSettings({ expiryWarningDays: -1 }), /expiryWarningDays" must be a whole number/);
        assert.throws(() => readSettings({ exemptionTag: "" }), /exemptionTag" must be a tag name/);
        assert.throws(() => readSettings({ exemption: [] }), /has no option "exemption"; the options are severityThreshold, exemptions/);
    });
});

describe("pack exemptions: matching", () => {
    it("globs take * for any run of characters and nothing else", () => {
        assert.ok(globMatches("storage-*", "storage-https-only"));
        assert.ok(globMatches("urn:pulumi:*::shop::*::storage", storage.urn));
        assert.ok(!globMatches("storage-?ttps-only", "storage-https-only"));
        assert.ok(!globMatches("storage.https-only", "storage-https-only"));
        assert.ok(globMatches("a*b*c", "abc") && !globMatches("a*b*c", "acb"));
    });

    it("every selector given must match; within one, any entry", () => {
        const m = (e: Partial<PackExemption>, s: Partial<FindingSubject> = {}) => exemptionMatches(waiver(e), { ...storage, ...s });
        assert.ok(m({}));
        assert.ok(!m({}, { policy: "storage-min-tls-1-2" }));
        assert.ok(m({ policies: undefined, areas: ["networking", "data-protection"] }));
        assert.ok(!m({ policies: undefined, areas: ["networking"] }));
        assert.ok(!m({ areas: ["networking"] }), "policies and areas both given: both must match");
        assert.ok(m({ names: undefined, resources: ["urn:pulumi:*::storage"] }));
        assert.ok(!m({ names: undefined, resources: ["urn:pulumi:*::vault"] }));
        assert.ok(m({ names: ["stor*"] }) && !m({ names: ["vault"] }));
        assert.ok(m({ stacks: ["dev", "prod"] }) && !m({ stacks: ["dev"] }) && m({ stacks: ["pro*"] }));
    });

    it("a type matches under its versioned and aliased tokens, either way round", () => {
        const m = (types: string[], type: string) => exemptionMatches(waiver({ names: undefined, types }), { ...storage, type });
        assert.ok(m(["azure-native:storage:StorageAccount"], "azure-native:storage/v20230501:StorageAccount"));
        assert.ok(m(["azure-native:storage/v20230501:StorageAccount"], "azure-native:storage:StorageAccount"));
        assert.ok(m(["azure-native:documentdb:DatabaseAccount"], "azure-native:cosmosdb:DatabaseAccount"), "2.x module alias");
        assert.ok(!m(["azure-native:keyvault:Vault"], "azure-native:storage:StorageAccount"));
    });
});

describe("pack exemptions: expiry and sentences", () => {
    it("an exemption that applies says whose and until when; within the window, when it expires", () => {
        assert.deepStrictEqual(exemptionOutcome(settings([waiver({ owner: "team-data" })]), storage, now), {
            applied: waiver({ owner: "team-data" }),
            sentences: ["Exempted by EX-1 (waiver, team-data, until 2027-06-30): legacy client."],
        });
        const soon = exemptionOutcome(settings([waiver({ expires: "2026-12-12", reason: "legacy client." })]), storage, now);
        assert.deepStrictEqual(soon.sentences, ["Exempted by EX-1 (waiver, until 2026-12-12): legacy client.", "It expires in 10 days."]);
        assert.deepStrictEqual(exemptionOutcome(settings([waiver({ expires: "2026-12-03" })]), storage, now).sentences[1], "It expires in 1 day.");
        assert.strictEqual(exemptionOutcome(settings([waiver({ expires: "2026-12-12" })], { expiryWarningDays: 9 }), storage, now).sentences.length, 1);
        const mitigated = exemptionOutcome(settings([waiver({ category: "mitigated", expires: undefined })]), storage, now);
        assert.deepStrictEqual(mitigated.sentences, ["Exempted by EX-1 (mitigated): legacy client."]);
    });

    it("an expired exemption does not apply and says so; on its expiry day it has expired", () => {
        const expired = exemptionOutcome(settings([waiver({ expires: "2026-12-02" })]), storage, now);
        assert.deepStrictEqual(expired, { sentences: ["Exemption EX-1 expired on 2026-12-02."] });
        const then = exemptionOutcome(settings([waiver({ expires: "2026-12-02" }), waiver({ id: "EX-2", category: "mitigated", expires: undefined })]), storage, now);
        assert.strictEqual(then.applied?.id, "EX-2");
        assert.deepStrictEqual(then.sentences, ["Exemption EX-1 expired on 2026-12-02.", "Exempted by EX-2 (mitigated): legacy client."]);
        assert.deepStrictEqual(exemptionOutcome(settings([waiver({ names: ["other"] })]), storage, now), { sentences: [] });
    });
});

describe("pack exemptions: the in-code exemption tag", () => {
    const tag = "policies=storage-https-only, storage-min-tls-1-2; ref=SEC-123; expires=2027-01-31";

    it("parses the grammar and says what is wrong without quoting the value", () => {
        assert.deepStrictEqual(parseExemptionTag(tag), { policies: ["storage-https-only", "storage-min-tls-1-2"], ref: "SEC-123", expires: "2027-01-31" });
        assert.deepStrictEqual(parseExemptionTag(" ref=A ;expires=2027-01-31;policies=x; "), { policies: ["x"], ref: "A", expires: "2027-01-31" });
        assert.deepStrictEqual(parseExemptionTag("policies=x; expires=2027-01-31"), { malformed: "it lacks ref=" });
        assert.deepStrictEqual(parseExemptionTag("policies=x; ref=A"), { malformed: "it lacks expires=" });
        assert.deepStrictEqual(parseExemptionTag("policies=x; ref=A; expires=2027-13-01"), { malformed: "expires= must be a real date, YYYY-MM-DD" });
        assert.deepStrictEqual(parseExemptionTag("policies=x; ref=A; ref=B; expires=2027-01-31"), { malformed: "it gives ref twice" });
        assert.deepStrictEqual(parseExemptionTag("policies=x; ref=A; expires=2027-01-31; secret=hunter2"),
            { malformed: "each part must be policies=..., ref=... or expires=..." });
        assert.deepStrictEqual(parseExemptionTag("policies=X Y; ref=A; expires=2027-01-31"),
            { malformed: "policies= must list policy names, separated by commas" });
    });

    it("exempts the policies it names only when allowTagExemptions is on", () => {
        assert.deepStrictEqual(exemptionOutcome(settings([]), storage, now, tag), { sentences: [] });
        const on = exemptionOutcome(settings([], { allowTagExemptions: true }), storage, now, tag);
        assert.strictEqual(on.applied?.category, "waiver");
        assert.deepStrictEqual(on.sentences, ["Exempted by tag azure-srm-exempt (waiver, SEC-123, until 2027-01-31): an in-code exception on the resource."]);
        const other = exemptionOutcome(settings([], { allowTagExemptions: true }), { ...storage, policy: "nsg-no-ssh-from-internet" }, now, tag);
        assert.deepStrictEqual(other, { sentences: [] });
        const expired = exemptionOutcome(settings([], { allowTagExemptions: true }), storage, new Date("2027-02-01T00:00:00Z"), tag);
        assert.deepStrictEqual(expired, { sentences: ["Exemption tag azure-srm-exempt expired on 2027-01-31."] });
    });

    it("a malformed tag gives the finding a sentence, not an exemption", () => {
        const out = exemptionOutcome(settings([], { allowTagExemptions: true, exemptionTag: "waiver" }), storage, now, "policies=storage-https-only; ref=SEC-9");
        assert.deepStrictEqual(out, { sentences: ["Its tag waiver is malformed (it lacks expires=), so it exempts nothing."] });
    });
});
