import * as assert from "assert";
import { closest, didYouMean, editDistance } from "../../lib/core/suggest";

describe("core: did you mean", () => {
    it("counts edits, a swap of neighbours as one", () => {
        assert.strictEqual(editDistance("onyl", "only"), 1);
        assert.strictEqual(editDistance("kitten", "sitting"), 3);
        assert.strictEqual(editDistance("", "abc"), 3);
    });

    it("suggests a close name, and nothing for a far one", () => {
        const names = ["storage-https-only", "storage-min-tls-1-2", "required-tags"];
        assert.strictEqual(closest("storage-https-onyl", names), "storage-https-only");
        assert.strictEqual(closest("Required-Tag", names), "required-tags");
        assert.strictEqual(didYouMean("tag", ["tags"]), '; did you mean "tags"?');
        assert.strictEqual(didYouMean("something-else-entirely", names), "");
    });
});
