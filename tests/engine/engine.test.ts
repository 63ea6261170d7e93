/**
 * The pack's policies run through @pulumi/policy's own Analyze and AnalyzeStack handlers, fed protobuf
 * requests as the engine sends them (lib/engine/evaluate.ts): the path `pulumi preview` takes, minus the socket.
 */
import * as assert from "assert";
import { StorageAccount } from "@pulumi/azure-native/storage";
import { Subnet } from "@pulumi/azure-native/network";
import { evaluate } from "../../lib/engine/evaluate";
import { packPolicies } from "../../lib/engine/pack";
import { tokenOf, versioned } from "../tester";
import { EngineResource } from "../../lib/core/types";
import { unknownValue } from "../../lib/core/wire";

const policies = packPolicies();

function res(type: string, name: string, props: Record<string, unknown>, more: Partial<EngineResource> = {}): EngineResource {
    return { type, name, urn: `urn:pulumi:dev::app::${type}::${name}`, props, ...more };
}

describe("the pack through @pulumi/policy's Analyze handler", () => {
    const account = tokenOf(StorageAccount);
    const insecure = { resourceGroupName: "rg", enableHttpsTrafficOnly: false };

    it("reports a violation with the derived severity and enforcement level, message without the description", async () => {
        const { findings } = await evaluate(policies, [res(account, "acct", insecure)]);
        const https = findings.find((d) => d.policy === "storage-https-only");
        assert.ok(https, JSON.stringify(findings));
        assert.deepStrictEqual([https.enforcementLevel, https.severity], ["mandatory", "high"]);
        assert.match(https.message, /^enableHttpsTrafficOnly is false/);
    });

    it("matches a versioned type token exactly as the default one", async () => {
        const plain = (await evaluate(policies, [res(account, "a", insecure)])).findings.map((d) => d.policy).sort();
        const pinned = (await evaluate(policies, [res(versioned(account, "v20230101"), "a", insecure)])).findings.map((d) => d.policy).sort();
        assert.ok(plain.length > 0);
        assert.deepStrictEqual(pinned, plain);
    });

    it("an unknown value yields no violation and one quiet not-applicable note, never the server's advisory", async () => {
        const r = res(account, "acct", { resourceGroupName: "rg", enableHttpsTrafficOnly: unknownValue });
        const { findings, notApplicable } = await evaluate(policies, [r]);
        assert.ok(!findings.some((d) => d.policy === "storage-https-only"));
        assert.ok(!findings.some((d) => /can't run policy/.test(d.message)), "no 'can't run during preview' advisories");
        assert.match(notApplicable.get(r.urn)?.get("storage-https-only") ?? "", /^cannot decide yet: enableHttpsTrafficOnly is unknown/);
    });

    it("a resource of a type the pack does not know produces nothing", async () => {
        const { findings } = await evaluate(policies, [res("aws:s3/bucket:Bucket", "b", { acl: "public-read" })]);
        assert.deepStrictEqual(findings, []);
    });
});

describe("the pack through @pulumi/policy's AnalyzeStack handler", () => {
    it("reports a stack violation against the offending resource's URN", async () => {
        const subnet = res(versioned(tokenOf(Subnet)), "data", { resourceGroupName: "rg", virtualNetworkName: "vnet" });
        const { findings } = await evaluate(policies, [subnet]);
        const d = findings.find((x) => x.policy === "subnet-nsg-required");
        assert.ok(d, JSON.stringify(findings));
        assert.deepStrictEqual([d.urn, d.enforcementLevel], [subnet.urn, "mandatory"]);
    });
});
