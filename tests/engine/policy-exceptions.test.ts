import * as assert from "assert";
import { PolicyConfigError } from "../../lib/core/errors";
import {
    compareExceptionIds, matchPolicyExceptions, parsePolicyExceptions, parsePolicyPackConfig, policyConfigExceptions, policyExceptionMatcher,
    unknownExceptionPolicies,
} from "../../lib/engine/policy-config";

const storage = "urn:pulumi:prod::shop::azure-native:storage:StorageAccount::storage";
const vault = "urn:pulumi:prod::shop::azure-native:keyvault:Vault::vault";
const exc = (policies: string[], targets: string[], reason = "accepted by the security team") =>
    ({ reason, match: [{ policies, targets }] });

/** The PolicyConfigError's problems for an `exceptions` block. */
function problems(block: unknown): readonly string[] {
    try {
        parsePolicyExceptions(block);
    } catch (e) {
        assert.ok(e instanceof PolicyConfigError, String(e));
        assert.strictEqual(e.message.split("\n").length, 1, "one line");
        return e.problems;
    }
    assert.fail("accepted");
}

describe("policy exceptions (version 2 config), as the Pulumi CLI reads them", () => {
    it("a version 2 config with exceptions is accepted: its policies still configure the pack", () => {
        const doc = { version: 2, policies: { "storage-https-only": "advisory" },
            exceptions: { "EXC-1": exc(["storage-https-only"], [storage]) } };
        assert.deepStrictEqual([...parsePolicyPackConfig(doc)], [["storage-https-only", { enforcementLevel: "advisory" }]]);
        assert.deepStrictEqual(policyConfigExceptions(doc), [{ id: "EXC-1", reason: "accepted by the security team",
            match: [{ policies: ["storage-https-only"], targets: [storage] }] }]);
    });

    it("none: absent, null, an empty object, or an unversioned file (where \"exceptions\" would be a policy name)", () => {
        assert.deepStrictEqual(parsePolicyExceptions(undefined), []);
        assert.deepStrictEqual(parsePolicyExceptions(null), []);
        assert.deepStrictEqual(parsePolicyExceptions({}), []);
        assert.deepStrictEqual(policyConfigExceptions({ exceptions: { "EXC-1": exc(["a"], [storage]) } }), []);
        assert.deepStrictEqual(policyConfigExceptions(undefined), []);
    });

    it("orders ids as the CLI does: digits as numbers (EXC-2 before EXC-10), leading zeros byte by byte", () => {
        const ids = ["EXC-10", "EXC-2", "EXC-007", "EXC-7", "b", "a-1", "EXC-1"];
        assert.deepStrictEqual([...ids].sort(compareExceptionIds), ["EXC-1", "EXC-2", "EXC-007", "EXC-7", "EXC-10", "a-1", "b"]);
        const block = Object.fromEntries(ids.map((id) => [id, exc(["p"], [storage])]));
        assert.deepStrictEqual(parsePolicyExceptions(block).map((e) => e.id), ["EXC-1", "EXC-2", "EXC-007", "EXC-7", "EXC-10", "a-1", "b"]);
    });

    it("keeps expiresAt (Pulumi Cloud's field; the CLI ignores it) and ignores other unknown fields, as the CLI does", () => {
        const [e] = parsePolicyExceptions({ "EXC-1": { ...exc(["p"], [storage]), expiresAt: "2027-01-31T00:00:00Z", owner: "x" } });
        assert.deepStrictEqual(e, { id: "EXC-1", reason: "accepted by the security team",
            match: [{ policies: ["p"], targets: [storage] }], expiresAt: "2027-01-31T00:00:00Z" });
    });

    it("refuses each malformed entry with the CLI's reason, all in one error naming each entry", () => {
        const cases: [string, unknown, RegExp][] = [
            ["bad id!", exc(["p"], [storage]), /the ID must be non-empty and contain only letters, digits/],
            ["E1", "not an object", /must be an object/],
            ["E2", { reason: "r", match: { policies: ["p"] } }, /"match" must be a list of/],
            ["E3", { reason: "r", match: ["x"] }, /match\[0\]: must be an object/],
            ["E4", { match: [{ policies: ["p"], targets: [storage] }] }, /"reason" is required/],
            ["E5", exc(["p"], [storage], "   "), /"reason" is required/],
            ["E6", { reason: "r", match: [] }, /"match" must list at least one/],
            ["E7", { reason: "r" }, /"match" must list at least one/],
            ["E8", exc([], [storage]), /match\[0\]: "policies" must list at least one policy/],
            ["E9", exc([""], [storage]), /"policies" can't contain an empty name/],
            ["E10", exc(["all"], [storage]), /"policies" must name policies; "all" isn't allowed/],
            ["E11", exc(["p"], []), /"targets" must list at least one URN/],
            ["E12", exc(["p"], ["storage"]), /target "storage" is not a valid URN/],
            ["E13", exc(["p"], ["urn:pulumi:prod::shop::storage"]), /is not a valid URN/],
            ["E14", { reason: 3, match: [{ policies: ["p"], targets: [storage] }] }, /"reason" must be a string/],
            ["E15", { reason: "r", match: [{ policies: "p", targets: [storage] }] }, /must be lists of strings/],
        ];
        for (const [id, entry, why] of cases) {
            const got = problems({ [id]: entry });
            assert.strictEqual(got.length, 1, id);
            assert.ok(got[0].startsWith(`policy exception "${id}": `), got[0]);
            assert.match(got[0], why, id);
        }
        // Several at once: every one named, valid ones do not hide them.
        const got = problems({ "EXC-1": exc(["p"], [storage]), "EXC-3": { reason: "r" }, "EXC-2": exc(["all"], [storage]) });
        assert.deepStrictEqual(got.map((p) => p.split(":")[0]), ["policy exception \"EXC-2\"", "policy exception \"EXC-3\""]);
        assert.throws(() => parsePolicyExceptions(["EXC-1"]), /"exceptions" must be an object that maps exception IDs to exceptions/);
        // Through the config parser that the scan and the pack session use: the whole file fails, as under the CLI.
        assert.throws(() => parsePolicyPackConfig({ version: 2, exceptions: { "EXC-1": { reason: "r", match: [] } } }),
            /policy exception "EXC-1": "match" must list at least one/);
    });

    it("matches policy names and URNs exactly: no pack prefix, no glob, no other stack; every match, lowest id first", () => {
        const exceptions = parsePolicyExceptions({
            "EXC-10": exc(["storage-https-only"], [storage], "ten"),
            "EXC-2": { reason: "two", match: [{ policies: ["keyvault-rbac-authorization"], targets: [vault] },
                { policies: ["storage-https-only", "storage-min-tls-1-2"], targets: [vault, storage] }] },
            "EXC-3": exc(["azure-shared-responsibility/storage-https-only"], [storage]),
            "EXC-4": exc(["storage-https-only"], ["urn:pulumi:prod::shop::azure-native:storage:StorageAccount::*"]),
            "EXC-5": exc(["storage-https-only"], [storage.replace("prod", "dev")]),
        });
        const indexed = policyExceptionMatcher(exceptions);
        const ids = (policy: string, urn: string) => {
            const found = matchPolicyExceptions(exceptions, policy, urn).map((e) => e.id);
            assert.deepStrictEqual(indexed(policy, urn).map((e) => e.id), found, "the index answers as the scan over every exception");
            return found;
        };
        assert.deepStrictEqual(ids("storage-https-only", storage), ["EXC-2", "EXC-10"]);
        assert.deepStrictEqual(ids("storage-min-tls-1-2", storage), ["EXC-2"]);
        assert.deepStrictEqual(ids("keyvault-rbac-authorization", vault), ["EXC-2"]);
        assert.deepStrictEqual(ids("keyvault-rbac-authorization", storage), []);
        assert.deepStrictEqual(ids("storage-https-only", `${storage}2`), []);
        assert.deepStrictEqual(ids("storage-https-only", storage.replace("prod", "dev")), ["EXC-5"]);
    });

    it("warns, as the CLI does, about each policy an exception names that the pack lacks", () => {
        const exceptions = parsePolicyExceptions({ "EXC-1": { reason: "r", match: [{ policies: ["a", "gone"], targets: [storage] },
            { policies: ["gone"], targets: [vault] }] } });
        assert.deepStrictEqual(unknownExceptionPolicies(exceptions, "azure-shared-responsibility", ["a"]),
            ["policy exception \"EXC-1\" for policy pack \"azure-shared-responsibility\" names policy \"gone\", which isn't in the pack"]);
    });
});
