import * as assert from "assert";
import { Server } from "@pulumi/azure-native/sql";
import { catalog } from "../../lib/kit/model";
import { requireInStack } from "../../lib/kit/options";
import { stackPolicy } from "../../lib/kit/policy";
import { resource, runStack } from "../tester";

/** Every SQL server must have a (pretend) related resource; none ever exists in these stacks. */
const needsPartner = stackPolicy({
    name: "needs-partner", description: "d", area: "networking", severity: "high", frameworks: { mcsb: ["NS-2"] }, remediation: "r",
    messages: { noPartner: "This server has no partner in the stack: add one." },
    config: { requireInStack: requireInStack("a partner for each server") },
    resources: [catalog.sqlServer],
    check: (ctx) => ctx.each(ctx.ofType(catalog.sqlServer), (server) => ctx.missing(server, "noPartner")),
});

const servers = (n: number) => Array.from({ length: n }, (_, i) => ({ ...resource(Server, { resourceGroupName: "rg" }), name: `sql-${i}` }));

describe("kit: a related resource another stack may deploy (requireInStack)", () => {
    it("off (the default): one note naming the resources, no violation", () => {
        const out = runStack(needsPartner, servers(2));
        assert.deepStrictEqual(out.messages, []);
        assert.deepStrictEqual(out.notApplicable, ['not decidable in this stack: "sql-0", "sql-1" have none here, which another ' +
            "stack may deploy; set this policy's requireInStack to true to require it in this stack"]);
    });

    it("many resources: the first five named, the rest counted", () => {
        assert.match(runStack(needsPartner, servers(7)).notApplicable[0], /"sql-4" and 2 more have none here/);
    });

    it("on: a violation per resource", () => {
        const out = runStack(needsPartner, servers(2), { requireInStack: true });
        assert.deepStrictEqual([out.records.map((r) => r.id), out.notApplicable], [["noPartner", "noPartner"], []]);
    });

    it("a policy without the option cannot call it; the option says what it requires", () => {
        const { config: _config, ...rest } = needsPartner;
        const write = process.stderr.write;
        process.stderr.write = (() => true) as typeof process.stderr.write;
        let out;
        try {
            out = runStack(stackPolicy({ ...rest, name: "no-option" }), servers(1));
        } finally {
            process.stderr.write = write;
        }
        assert.match(out.notApplicable[0] ?? "", /^could not check/);
        assert.match(String(needsPartner.config!.requireInStack.schema.description), /^Require a partner for each server in the same stack/);
    });
});
