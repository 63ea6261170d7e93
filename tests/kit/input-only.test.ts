import * as assert from "assert";
import { inputOnly, isUnknownError } from "../../lib/kit/values";
import { engineProps } from "../tester";

/** What `inputOnly` comes to: the value, "unset", or "cannot tell" (the path it names). */
function outcome(props: Record<string, unknown>, read: (p: Record<string, any>) => unknown): unknown {
    const p = engineProps(props);
    try {
        const v = inputOnly(p, read(p), "flag");
        return v === undefined ? "unset" : v;
    } catch (e) {
        assert.ok(isUnknownError(e), "only an unknown may escape");
        return `cannot tell ${e.props.join(".")}`;
    }
}

describe("kit: inputOnly, an input Azure does not return", () => {
    it("inputs: the value, or unset when absent or null", () => {
        assert.strictEqual(outcome({ flag: false }, (p) => p.flag), false);
        assert.strictEqual(outcome({ flag: true }, (p) => p.flag), true);
        assert.strictEqual(outcome({}, (p) => p.flag), "unset");
        assert.strictEqual(outcome({ flag: null }, (p) => p.flag), "unset");
    });
    it("outputs (an id, or azureApiVersion): the value where present, else cannot tell", () => {
        assert.strictEqual(outcome({ id: "/subscriptions/0/x", flag: true }, (p) => p.flag), true);
        assert.strictEqual(outcome({ id: "/subscriptions/0/x" }, (p) => p.flag), "cannot tell flag");
        assert.strictEqual(outcome({ azureApiVersion: "2021-06-01" }, (p) => p.flag), "cannot tell flag");
    });
});
