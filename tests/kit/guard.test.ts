import * as assert from "assert";
import { StorageAccount } from "@pulumi/azure-native/storage";
import { evaluate } from "../../lib/engine/evaluate";
import { toPulumiPolicy } from "../../lib/engine/pack";
import { resourcePolicy } from "../../lib/kit/policy";
import { register, registry } from "../../lib/kit/registry";
import { tokenOf } from "../tester";

/** A policy whose check has a bug: it reads a property of something that may be absent. */
const buggy = resourcePolicy({
    name: "buggy", description: "d", area: "compliance", severity: "critical", frameworks: { mcsb: ["AM-1"] }, remediation: "r",
    messages: { m: "never reported" },
    check: {
        storageAccount: (account) => {
            void (account.encryption as unknown as { services: { blob: unknown } }).services.blob;
        },
    },
});

describe("kit: a policy can fail, the pack cannot", () => {
    it("the failing policy declines that resource quietly and says so on stderr; every other policy still reports", async () => {
        const httpsOnly = registry().find((p) => p.definition.name === "storage-https-only")!;
        const policies = [toPulumiPolicy(register(buggy, "test")), toPulumiPolicy(httpsOnly)];
        const urn = `urn:pulumi:dev::app::${tokenOf(StorageAccount)}::acct`;
        const written: string[] = [];
        const write = process.stderr.write;
        process.stderr.write = ((chunk: string) => { written.push(String(chunk)); return true; }) as typeof process.stderr.write;
        let result;
        try {
            result = await evaluate(policies, [{ urn, type: tokenOf(StorageAccount), name: "acct",
                props: { resourceGroupName: "rg", enableHttpsTrafficOnly: false, encryption: { keySource: "P@ssw0rd-ish" } } }]);
        } finally {
            process.stderr.write = write;
        }
        assert.deepStrictEqual(result.findings.map((f) => f.policy), ["storage-https-only"]);
        const reason = result.notApplicable.get(urn)?.get("buggy") ?? "";
        assert.match(reason, /^could not check: the check failed with TypeError; this is a bug in the policy, the other policies still ran$/);
        assert.deepStrictEqual(written, [`azure-srm: policy buggy on acct (${tokenOf(StorageAccount)}): ${reason}\n`]);
        assert.ok(!written.join("").includes("P@ssw0rd"), "the diagnostic never prints a value");
    });
});
