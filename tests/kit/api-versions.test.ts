import * as assert from "assert";
import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import { ManagedCluster as ManagedCluster20190601 } from "azure-native-v2/containerservice/v20190601";
import { versionShapes } from "../../lib/kit/api-versions";
import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";
import { registry } from "../../lib/kit/registry";
import { resource, runResource, tokenOf } from "../tester";

/** A check written against today's shape only: it reads apiServerAccessProfile, which 2019-06-01 lacks. */
const todayOnly = resourcePolicy({
    name: "today-only", description: "d", area: "networking", severity: "high", frameworks: { mcsb: ["NS-2"] }, remediation: "r",
    messages: { open: "open", rbac: "rbac" },
    check: {
        managedCluster: (cluster, ctx) => {
            if (cluster.enableRBAC === false) {
                ctx.report("rbac");
            }
            if (cluster.apiServerAccessProfile?.authorizedIPRanges === undefined) {
                ctx.report("open");
            }
        },
    },
});

const base = { resourceGroupName: "rg", dnsPrefix: "aks" };

describe("kit: older API versions", () => {
    it("lib/kit/api-versions.ts is what the installed SDKs declare (node dist/scripts/api-versions.js rewrites it)", function () {
        this.timeout(60_000);
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { versionsFile, versionsSource } = require("../../scripts/api-versions");
        assert.strictEqual(require("fs").readFileSync(versionsFile, "utf8"), versionsSource());
    });

    it("knows that AKS 2019-06-01 has its authorized ranges at the top level and no apiServerAccessProfile", () => {
        const shape = versionShapes[tokenOf(ManagedCluster20190601)];
        assert.strictEqual(shape?.key, "managedCluster");
        assert.strictEqual(shape.version, "2019-06-01");
        assert.ok(shape.older.includes("apiServerAuthorizedIPRanges"));
        assert.ok(shape.lacks.includes("apiServerAccessProfile"));
        for (const [token, s] of Object.entries(versionShapes)) {
            assert.ok(token.includes(":"), token);
            assert.ok(s.key in catalog, `${token}: ${s.key} is not a catalog key`);
        }
    });

    it("a violation that rests on an input the version lacks, while the resource sets an older one, is not decidable", () => {
        const out = runResource(todayOnly, resource(ManagedCluster20190601, { ...base, apiServerAuthorizedIPRanges: ["203.0.113.0/24"] }));
        assert.deepStrictEqual([out.messages, out.records], [[], []], "held violations are neither reported nor observed");
        assert.deepStrictEqual(out.notApplicable, ["not decidable for API version 2019-06-01: the check reads apiServerAccessProfile, " +
            "which that version does not have, and the resource sets apiServerAuthorizedIPRanges, which this policy does not read; " +
            "decided once the resource uses a current API version"]);
    });

    it("the same version without older inputs, today's token, and checks of inputs the version has, decide as usual", () => {
        assert.deepStrictEqual(runResource(todayOnly, resource(ManagedCluster20190601, base)).messages, ["open"]);
        assert.deepStrictEqual(runResource(todayOnly, resource(ManagedCluster, base)).messages, ["open"]);
        const both = runResource(todayOnly, resource(ManagedCluster20190601, {
            ...base, enableRBAC: false, apiServerAuthorizedIPRanges: ["203.0.113.0/24"],
        }));
        // One check read an input 2019-06-01 lacks: the whole verdict on this resource waits.
        assert.deepStrictEqual(both.messages, []);
        assert.strictEqual(both.notApplicable.length, 1);
        const rbacOnly = resourcePolicy({ ...todayOnly, name: "rbac-only", check: {
            managedCluster: (cluster, ctx) => cluster.enableRBAC === false ? ctx.report("rbac") : undefined,
        } });
        const out = runResource(rbacOnly, resource(ManagedCluster20190601, { ...base, enableRBAC: false, apiServerAuthorizedIPRanges: ["10.0.0.0/8"] }));
        assert.deepStrictEqual([out.messages, out.notApplicable], [["rbac"], []]);
    });

    it("a policy that declares older inputs of a type decides that type's older shapes itself", () => {
        const out = runResource(registry().find((p) => p.definition.name === "aks-api-server-access-restricted")!.definition as any,
            resource(ManagedCluster20190601, { ...base, enablePodSecurityPolicy: true }));
        assert.deepStrictEqual([out.messages.length, out.notApplicable], [1, []]);
    });

    it("a policy reads only the older inputs it declares", () => {
        const sneaky = resourcePolicy({ ...todayOnly, name: "sneaky", check: {
            managedCluster: (_cluster, ctx) => void ctx.legacy("apiServerAuthorizedIPRanges"),
        } });
        const write = process.stderr.write;
        process.stderr.write = (() => true) as typeof process.stderr.write; // the guard's one line, asserted in guard.test.ts
        let out;
        try {
            out = runResource(sneaky, resource(ManagedCluster20190601, base));
        } finally {
            process.stderr.write = write;
        }
        assert.match(out.notApplicable[0] ?? "", /^could not check: the check failed with Error/);
        assert.throws(() => resourcePolicy({ ...todayOnly, name: "wrong-type", legacyInputs: { storageAccount: ["x"] } }),
            /legacyInputs names "storageAccount", which its check does not visit/);
    });

    it("every older input a policy declares is one that some older API version of that type has", () => {
        for (const { definition: def } of registry()) {
            if (def.kind !== "resource") {
                continue;
            }
            for (const [key, inputs] of Object.entries(def.legacyInputs ?? {})) {
                const older = new Set(Object.values(versionShapes).filter((s) => s.key === key).flatMap((s) => s.older));
                for (const input of inputs ?? []) {
                    assert.ok(older.has(input), `${def.name}: no API version of ${key} has ${input}`);
                }
            }
        }
    });
});
