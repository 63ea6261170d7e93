/**
 * Remediation in the real CLI: `pulumi preview` with two remediable policies set to `remediate` in the policy
 * config. The engine calls the pack's Remediate before Analyze, applies the fix to the resource's inputs (the
 * preview's property values and remediation events show the fixed value) and then validates: no violation of those
 * policies remains. Without the config, the same program is reported, not changed.
 */
import * as assert from "assert";
import * as path from "path";
import { pack, Result, Sandbox } from "./cli";
import { policyEvents, readEvents, urnName } from "./events";

const remediate = { "storage-min-tls-1-2": "remediate", "app-service-ftps-only": "remediate" };

describe("pulumi preview with policies at `remediate` (the real CLI)", () => {
    let sb: Sandbox;
    let run = 0;

    async function preview(...extra: string[]): Promise<Result & { events: any[] }> {
        const dir = sb.program("remediate");
        const stack = `remediate-${++run}`;
        await sb.expect(0, ["stack", "init", stack, "--secrets-provider", "passphrase"], { cwd: dir });
        const log = path.join(sb.root, `${stack}.events.jsonl`);
        const r = await sb.pulumi(["preview", "--diff", "--policy-pack", pack, "--event-log", log, ...extra],
            { cwd: dir, env: { PULUMI_DEBUG_COMMANDS: "true" } });
        return { ...r, events: readEvents(log) };
    }

    /** The inputs the engine plans for a resource, after any remediation. */
    const planned = (r: { events: any[] }, name: string) =>
        r.events.find((e) => e.resourcePreEvent && urnName(e.resourcePreEvent.metadata.urn) === name)?.resourcePreEvent.metadata.new.inputs;

    before(async () => {
        sb = new Sandbox("remediate");
        await sb.expect(0, ["login", `file://${sb.backend}`]);
    });
    after(() => sb.remove());

    it("without remediate, the two gaps are reported and the inputs left as written", async () => {
        const r = await preview();
        assert.strictEqual(r.code, 0, r.output);
        const fired = policyEvents(r.events).filter((e) => Object.keys(remediate).includes(e.policyName));
        assert.deepStrictEqual(fired.map((e) => `${e.policyName} ${urnName(e.resourceUrn)} ${e.enforcementLevel}`).sort(),
            ["app-service-ftps-only app advisory", "storage-min-tls-1-2 storage advisory"]);
        assert.strictEqual(planned(r, "storage").minimumTlsVersion, "TLS1_0");
        assert.strictEqual(planned(r, "app").siteConfig.ftpsState, "AllAllowed");
        assert.ok(!r.events.some((e) => e.policyRemediationEvent), "no remediation without the remediate level");
    });

    describe("with both policies at remediate", () => {
        let r: Result & { events: any[] };
        before(async () => {
            r = await preview("--policy-pack-config", sb.write("remediate.json", remediate));
        });

        it("the engine applies each fix before validating: the planned inputs hold the fixed values", () => {
            assert.strictEqual(r.code, 0, r.output);
            assert.strictEqual(planned(r, "storage").minimumTlsVersion, "TLS1_2");
            // A nested fix keeps the object's other settings (the program's, and the defaults the SDK filled in).
            const siteConfig = planned(r, "app").siteConfig;
            assert.deepStrictEqual([siteConfig.ftpsState, siteConfig.alwaysOn], ["FtpsOnly", true]);
            // The resource group's name, unknown at this preview, is left unknown.
            assert.strictEqual(planned(r, "storage").resourceGroupName, "04da6b54-80e4-46f7-96ec-b56ff0331ba9");
            // The property diff shows the fixed value.
            assert.match(r.output, /minimumTlsVersion\s*:\s*"TLS1_2"/);
            assert.match(r.output, /ftpsState\s*:\s*"FtpsOnly"/);
        });

        it("reports each remediation, and no violation of the two policies remains", () => {
            const remediations = r.events.filter((e) => e.policyRemediationEvent).map((e) => e.policyRemediationEvent);
            assert.deepStrictEqual(remediations.map((e) => `${e.policyName} ${urnName(e.resourceUrn)}`).sort(),
                ["app-service-ftps-only app", "storage-min-tls-1-2 storage"], JSON.stringify(remediations));
            const storage = remediations.find((e) => e.policyName === "storage-min-tls-1-2");
            assert.strictEqual(storage.before.minimumTlsVersion, "TLS1_0");
            assert.strictEqual(storage.after.minimumTlsVersion, "TLS1_2");
            assert.deepStrictEqual(policyEvents(r.events).filter((e) => Object.keys(remediate).includes(e.policyName)), []);
            // Other policies still validate the (fixed) resources as before.
            assert.ok(policyEvents(r.events).some((e) => e.policyName === "storage-network-default-deny"), r.output);
        });
    });
});
