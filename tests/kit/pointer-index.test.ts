/**
 * lib/kit/stack.ts `pointerIndex`, which keeps stack policies linear in the size of the stack (see scripts/bench.ts),
 * may only leave out resources for which `pointsAt` / `namesTarget` answer a certain no. Checked on random stacks
 * of known, unknown and odd values, names and dependencies.
 */
import * as assert from "assert";
import type { PolicyResource } from "@pulumi/policy";
import { catalog, ResourceType } from "../../lib/kit/model";
import { namesTarget, pointerIndex, pointsAt } from "../../lib/kit/stack";
import { readKnown } from "../../lib/kit/values";
import { engineProps, unknown } from "../tester";

let seed = 20261129;
const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

function resource(type: ResourceType, name: string, props: Record<string, unknown>): PolicyResource {
    return {
        type: type.token, name, urn: `urn:pulumi:test::test::${type.token}::${name}`, props: engineProps(props),
        opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] },
        dependencies: [], propertyDependencies: {}, isType: () => false, asType: () => undefined,
    };
}

const names = ["a", "b", "A", "a/b", ""];
const providers = "/subscriptions/s/resourceGroups/rg/providers";

describe("pointerIndex leaves out only resources that certainly do not point at a target", () => {
    it("holds for pointsAt and namesTarget on 600 random stacks", () => {
        let told = 0;
        for (let round = 0; round < 600; round++) {
            const targets: [PolicyResource, ResourceType][] = [];
            for (let i = 0; i < 1 + Math.floor(random() * 4); i++) {
                const type = pick([catalog.keyVault, catalog.storageAccount]);
                const nameInput = type === catalog.keyVault ? "vaultName" : "accountName";
                const name = random() < 0.2 ? unknown() : random() < 0.1 ? undefined : pick(names);
                targets.push([resource(type, `t${i}`, { [nameInput]: name, ...(random() < 0.2 ? { name: pick(names) } : {}) }), type]);
            }
            const others = [resource(catalog.resourceGroup, "rg", {}), resource(catalog.webApp, "app", { name: "a" })];
            const everything = [...targets.map(([t]) => t), ...others];
            const froms: PolicyResource[] = [];
            for (let i = 0; i < Math.floor(random() * 6); i++) {
                const r = random();
                const value = r < 0.35 ? unknown() : r < 0.5 ? pick(names) : r < 0.85
                    ? `${providers}/${pick(["Microsoft.KeyVault/vaults", "Microsoft.Storage/storageAccounts"])}/${pick(names)}${random() < 0.3 ? "/blobServices/default" : ""}`
                    : pick([7, null, ["a"]]);
                const from = resource(catalog.diagnosticSetting, `f${i}`, { resourceUri: value, serverName: value });
                const deps = everything.filter(() => random() < 0.25);
                if (deps.length > 0) {
                    from.propertyDependencies.resourceUri = deps;
                    from.propertyDependencies.serverName = deps;
                }
                froms.push(from);
            }
            const peers = everything.filter(() => random() < 0.6);
            const under = ["/blobServices/default"];
            const pointing = pointerIndex(froms, "resourceUri", { peers });
            const naming = pointerIndex(froms, "serverName", { peers });
            for (const [target, type] of targets) {
                for (const [index, answer] of [
                    [pointing, (f: PolicyResource) => pointsAt(f, "resourceUri", target, type, { peers, under })],
                    [naming, (f: PolicyResource) => namesTarget(f, "serverName", target, type, peers)],
                ] as const) {
                    const candidates = index(target, type);
                    assert.deepStrictEqual(candidates, froms.filter((f) => candidates.includes(f)), "candidates keep their order");
                    for (const f of froms.filter((x) => !candidates.includes(x))) {
                        assert.strictEqual(readKnown(() => answer(f)), false,
                            `${f.name} left out for ${target.name}, but it does not answer a certain no`);
                        told++;
                    }
                }
            }
        }
        assert.ok(told > 500, `only ${told} resources were left out: the check proves little`);
    });
});
