import * as assert from "assert";
import { assertProperties, pathsOf, replaced } from "../properties";

describe("tester: the property checks themselves", () => {
    const quiet = { ids: [], messages: [], notApplicable: [] };

    it("fail on a message that prints an input string, unless it is the policy's own word", () => {
        const said = { ids: ["m"], messages: ["secret value P@ssw0rd-123 is weak"], notApplicable: [] };
        assert.throws(() => assertProperties("", { adminPassword: "P@ssw0rd-123" }, said, said), /prints an input string/);
        assertProperties("is weak P@ssw0rd-123", { adminPassword: "P@ssw0rd-123" }, said, said);
    });

    it("fail on a check that threw, and on a secret deciding differently", () => {
        const threw = { ...quiet, notApplicable: ["could not check: the check failed with TypeError"] };
        assert.throws(() => assertProperties("", {}, threw, threw), /a check threw/);
        assert.throws(() => assertProperties("", {}, quiet, { ...quiet, ids: ["m"] }), /decides differently/);
    });

    it("reach every value of a fixture, and replace one without touching the original", () => {
        const props = { a: { b: [1, { c: 2 }] } };
        assert.deepStrictEqual(pathsOf(props), [["a"], ["a", "b"], ["a", "b", 0], ["a", "b", 1], ["a", "b", 1, "c"]]);
        assert.deepStrictEqual(replaced(props, ["a", "b", 1, "c"], null), { a: { b: [1, { c: null }] } });
        assert.deepStrictEqual(props, { a: { b: [1, { c: 2 }] } });
    });
});
