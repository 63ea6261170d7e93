import * as assert from "assert";
import * as path from "path";
import { runCli } from "../../lib/cli/cli";
import { packRoot } from "../../lib/core/paths";

/** examples/azure-native-2x: a program pinned to @pulumi/azure-native 2.x, installed from its own lockfile. */
const program = path.join(packRoot, "examples", "azure-native-2x");

describe("azure-srm scan of a program on azure-native 2.x", function () {
    this.timeout(180000); // the program runs, then the pack starts as a plugin

    it("runs with the 2.x SDK its lockfile pins, not the pack's 3.x", () => {
        const sdk = require.resolve("@pulumi/azure-native/package.json", { paths: [program] });
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        assert.match(require(sdk).version, /^2\./, "run `npm ci` in examples/azure-native-2x (npm test does)");
    });

    it("sees documentdb, cache and insights resources under their 2.x tokens: the Cosmos DB and Redis gaps, and the vault's diagnostic setting", async () => {
        let out = "";
        let err = "";
        const code = await runCli(["scan", program, "--format", "json"], { out: (s) => { out += s; }, err: (s) => { err += s; } });
        assert.strictEqual(code, 1, err);
        const report = JSON.parse(out);
        const got = report.findings.map((f: any) => `${f.policy} ${f.resourceType} ${f.resourceName}`).sort();
        assert.deepStrictEqual(got, [
            "cosmosdb-customer-managed-key azure-native:documentdb:DatabaseAccount orders",
            "cosmosdb-local-auth-disabled azure-native:documentdb:DatabaseAccount orders",
            "cosmosdb-public-network-access-disabled azure-native:documentdb:DatabaseAccount orders",
            "redis-public-network-access-disabled azure-native:cache:Redis sessions",
        ]);
        // No private endpoint in the program, which another stack may deploy: one note names the three, 2.x tokens too.
        assert.deepStrictEqual(report.undecided.map((u: any) => [u.policy, u.reason]), [["private-endpoint-required",
            "not decidable in this stack: \"vault\", \"orders\", \"sessions\" have none here, which another stack may deploy; " +
            "set this policy's requireInStack to true to require it in this stack"]]);
        // Every resource's type is one the pack knows, the 2.x ones included.
        assert.deepStrictEqual(report.notCovered, { resources: 0, types: [] });
    });
});
