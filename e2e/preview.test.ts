/**
 * `pulumi preview --policy-pack <pack>` in the real CLI, on TypeScript programs written with @pulumi/azure-native
 * (e2e/programs), with a local file backend and a passphrase secrets provider. The Node.js language host and the
 * azure-native provider are stand-ins built by scripts/pulumi-cli.sh (e2e/langhost, e2e/provider): the provider
 * echoes inputs, so nothing reaches Azure or the network.
 */
import * as assert from "assert";
import * as path from "path";
import { pack, Result, Sandbox } from "./cli";
import { namesAt, policyEvents, readEvents, StackSummary, textViolations, urnName } from "./events";

/** What the engine sends for a value not known until the resource exists. */
const unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

const insecureMandatory = [
    "app-service-https-only", "nsg-no-ssh-from-internet", "storage-blob-public-access-disabled", "storage-https-only",
    "storage-shared-key-access-disabled", "subnet-nsg-required",
];

describe("pulumi preview --policy-pack (the real CLI)", () => {
    let sb: Sandbox;
    let run = 0;

    /** A new stack of the program, previewed with the pack; the engine's events are read back too. */
    async function preview(program: string, ...extra: string[]): Promise<Result & { events: any[] }> {
        const dir = sb.program(program);
        const stack = `${program}-${++run}`;
        await sb.expect(0, ["stack", "init", stack, "--secrets-provider", "passphrase"], { cwd: dir });
        const log = path.join(sb.root, `${stack}.events.jsonl`);
        // --event-log is a debug flag of the CLI (PULUMI_DEBUG_COMMANDS): it writes the engine's events as JSON lines.
        const r = await sb.pulumi(["preview", "--policy-pack", pack, "--event-log", log, ...extra],
            { cwd: dir, env: { PULUMI_DEBUG_COMMANDS: "true" } });
        return { ...r, events: readEvents(log) };
    }

    before(async () => {
        sb = new Sandbox("preview");
        await sb.expect(0, ["login", `file://${sb.backend}`]);
    });
    after(() => sb.remove());

    describe("the insecure program", () => {
        let r: Result & { events: any[] };
        before(async () => {
            r = await preview("insecure");
        });

        it("fails the preview on its mandatory violations", () => {
            assert.notStrictEqual(r.code, 0, r.output);
            assert.match(r.output, /error: preview failed/);
            assert.deepStrictEqual(namesAt(policyEvents(r.events), "mandatory"), insecureMandatory);
            assert.deepStrictEqual([...new Set(textViolations(r.output).filter((v) => v.level === "mandatory").map((v) => v.policy))].sort(),
                insecureMandatory);
        });

        it("shows each violation's enforcement level, severity, what the policy requires and what to set", () => {
            const shown = textViolations(r.output);
            assert.ok(shown.some((v) => v.level === "mandatory" && v.severity === "critical" && v.policy === "nsg-no-ssh-from-internet" &&
                v.type === "azure-native:network:NetworkSecurityGroup" && v.name === "nsg"), r.output);
            assert.ok(shown.some((v) => v.level === "advisory" && v.severity === "medium" && v.policy === "storage-min-tls-1-2"), r.output);
            assert.match(r.output, /Storage accounts accept HTTPS \(encrypted\) traffic only\.\n\s+enableHttpsTrafficOnly is false, so the account accepts plain HTTP: set it to true\./);
            assert.match(r.output, /azure-shared-responsibility@v0\.1\.0 \(local: /);
        });

        it("fires a stack policy on a new stack while the ids it would compare are still unknown", () => {
            // The app subnet's NSG id is unknown in this preview (the NSG does not exist yet) ...
            const vnet = r.events.find((e) => e.resourcePreEvent && urnName(e.resourcePreEvent.metadata.urn) === "vnet");
            assert.ok(vnet, "no resourcePreEvent for vnet");
            const subnets = vnet.resourcePreEvent.metadata.new.inputs.subnets;
            assert.strictEqual(subnets[0].networkSecurityGroup.id, unknown);
            assert.strictEqual(subnets[1].networkSecurityGroup, undefined);
            // ... and subnet-nsg-required still blocks on the data subnet, which has none at all.
            const fired = policyEvents(r.events).filter((e) => e.policyName === "subnet-nsg-required");
            assert.deepStrictEqual(fired.map((e) => [urnName(e.resourceUrn), e.enforcementLevel, e.severity]), [["vnet", "mandatory", "high"]]);
            assert.match(fired[0].message, /subnets\[1\] has no networkSecurityGroup: associate an NSG with it\./);
            const summary = r.events.find((e) => e.policyAnalyzeStackSummaryEvent)?.policyAnalyzeStackSummaryEvent as StackSummary;
            assert.ok(summary?.failed?.includes("subnet-nsg-required"), JSON.stringify(summary));
        });

        it("creates nothing: the stack stays empty", async () => {
            const dir = path.join(sb.root, "programs", "insecure");
            const s = await sb.expect(0, ["stack", "export"], { cwd: dir });
            assert.deepStrictEqual(JSON.parse(s.stdout).deployment.resources ?? [], []);
        });
    });

    it("passes the secure program", async () => {
        const r = await preview("secure");
        assert.strictEqual(r.code, 0, r.output);
        assert.deepStrictEqual(textViolations(r.output), []);
        assert.deepStrictEqual(policyEvents(r.events), []);
        assert.match(r.output, /\+ 14 to create/);
        // The stack policies decided at preview (every diagnostic setting depends on its target) and passed.
        const summary = r.events.find((e) => e.policyAnalyzeStackSummaryEvent)?.policyAnalyzeStackSummaryEvent as StackSummary;
        assert.deepStrictEqual(summary.failed ?? [], []);
        for (const name of ["subnet-nsg-required", "diagnostic-settings-required"]) {
            assert.ok(summary.passed?.includes(name), `${name} not among ${summary.passed}`);
        }
    });

    it("lets the insecure program through with --policy-pack-config making every policy advisory", async () => {
        const config = sb.write("all-advisory.json", { all: "advisory" });
        const r = await preview("insecure", "--policy-pack-config", config);
        assert.strictEqual(r.code, 0, r.output);
        assert.deepStrictEqual(namesAt(policyEvents(r.events), "mandatory"), []);
        assert.ok(namesAt(policyEvents(r.events), "advisory").includes("subnet-nsg-required"));
    });
});
