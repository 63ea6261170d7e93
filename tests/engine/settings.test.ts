import * as assert from "assert";
import type { EnforcementLevel } from "@pulumi/policy";
import { enforcementLevelByNumber } from "../../lib/core/wire";
import { installConfigureHook } from "../../lib/engine/configure-hook";
import { levelInputs, packPolicies } from "../../lib/engine/pack";
import { registry } from "../../lib/kit/registry";
import { readSettings, resolveLevels, settingsPolicyName } from "../../lib/kit/settings";

/* eslint-disable @typescript-eslint/no-require-imports */
const { AnalyzerService } = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
const { ConfigureAnalyzerRequest, PolicyConfig } = require("@pulumi/pulumi/proto/analyzer_pb");
const { Struct } = require("google-protobuf/google/protobuf/struct_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

const levels = enforcementLevelByNumber;

/** Sends a config through the pack's Configure decoder, as bytes, the way the engine does. */
function configure(config: Record<string, { enforcementLevel: EnforcementLevel; properties?: object }>): Map<string, EnforcementLevel> {
    const req = new ConfigureAnalyzerRequest();
    for (const [name, c] of Object.entries(config)) {
        const pc = new PolicyConfig();
        pc.setEnforcementlevel(levels.indexOf(c.enforcementLevel));
        if (c.properties) {
            pc.setProperties(Struct.fromJavaScript(c.properties));
        }
        req.getPolicyconfigMap().set(name, pc);
    }
    const decoded = AnalyzerService.configure.requestDeserialize(Buffer.from(req.serializeBinary()));
    return new Map(Array.from(decoded.getPolicyconfigMap().entries() as Iterable<[string, any]>)
        .map(([k, v]) => [k, levels[v.getEnforcementlevel()]]));
}

describe("pack settings", () => {
    it("reads the threshold and rejects bad values with a message naming the option", () => {
        assert.deepStrictEqual(readSettings(undefined), { severityThreshold: "high", exemptions: [], expiryWarningDays: 30,
            allowTagExemptions: false, exemptionTag: "azure-srm-exempt" });
        assert.strictEqual(readSettings({ severityThreshold: "medium" }).severityThreshold, "medium");
        assert.throws(() => readSettings({ severityThreshold: "extreme" }),
            /"pack-settings.severityThreshold" must be one of low, medium, high, critical; got "extreme"/);
        assert.throws(() => readSettings({ severityThreshold: 3 }), /must be one of/);
        assert.throws(() => readSettings({ threshold: "low" }), /has no option "threshold"/);
    });

    it("moves default levels with the threshold and keeps levels the admin set", () => {
        const policies = new Map([
            ["a-high", { advertised: "mandatory" as const, severity: "high" as const }],
            ["b-medium", { advertised: "advisory" as const, severity: "medium" as const }],
            ["c-medium-pinned", { advertised: "advisory" as const, severity: "medium" as const }],
            ["d-microsoft", { advertised: "disabled" as const, severity: undefined }],
        ]);
        const configured = new Map<string, EnforcementLevel>([
            ["a-high", "mandatory"], ["b-medium", "advisory"], ["c-medium-pinned", "disabled"], ["d-microsoft", "disabled"],
        ]);
        assert.deepStrictEqual(Object.fromEntries(resolveLevels(policies, configured, { severityThreshold: "medium" })),
            { "a-high": "mandatory", "b-medium": "mandatory", "c-medium-pinned": "disabled", "d-microsoft": "disabled" });
        assert.deepStrictEqual(Object.fromEntries(resolveLevels(policies, configured, { severityThreshold: "critical" })),
            { "a-high": "advisory", "b-medium": "advisory", "c-medium-pinned": "disabled", "d-microsoft": "disabled" });
    });

    describe("through the Configure request the engine sends", () => {
        const served = packPolicies();
        before(() => installConfigureHook(levelInputs()));
        const advertised = Object.fromEntries(served.map((p) => [p.name, { enforcementLevel: p.enforcementLevel! }]));
        const regs = registry();
        const mandatoryHigh = regs.find((p) => p.severity === "high" && p.enforcementLevel === "mandatory")!;
        const advisoryMedium = regs.find((p) => p.severity === "medium")!;

        it("serves the settings entry first, with a schema for the threshold", () => {
            assert.strictEqual(served[0].name, settingsPolicyName);
            assert.deepStrictEqual(served[0].configSchema?.properties.severityThreshold.enum, ["low", "medium", "high", "critical"]);
        });

        it("the default threshold leaves the advertised levels alone", () => {
            const got = configure(advertised);
            for (const p of served) {
                assert.strictEqual(got.get(p.name), p.enforcementLevel, p.name);
            }
        });

        it("threshold medium makes medium policies mandatory; critical makes high ones advisory", () => {
            const medium = configure({ ...advertised, [settingsPolicyName]: { enforcementLevel: "advisory", properties: { severityThreshold: "medium" } } });
            assert.strictEqual(medium.get(advisoryMedium.definition.name), "mandatory");
            const critical = configure({ ...advertised, [settingsPolicyName]: { enforcementLevel: "advisory", properties: { severityThreshold: "critical" } } });
            assert.strictEqual(critical.get(mandatoryHigh.definition.name), "advisory");
        });

        it("a per-policy enforcementLevel set in config wins over the threshold", () => {
            const got = configure({
                ...advertised,
                [advisoryMedium.definition.name]: { enforcementLevel: "disabled" },
                [settingsPolicyName]: { enforcementLevel: "advisory", properties: { severityThreshold: "low" } },
            });
            assert.strictEqual(got.get(advisoryMedium.definition.name), "disabled");
        });

        it("a bad threshold fails the Configure call with one clear error", () => {
            assert.throws(() => configure({ ...advertised, [settingsPolicyName]: { enforcementLevel: "advisory", properties: { severityThreshold: "urgent" } } }),
                /severityThreshold" must be one of low, medium, high, critical; got "urgent"/);
        });

        it("installing twice does not stack hooks", () => {
            installConfigureHook(levelInputs());
            const medium = configure({ ...advertised, [settingsPolicyName]: { enforcementLevel: "advisory", properties: { severityThreshold: "medium" } } });
            assert.strictEqual(medium.get(advisoryMedium.definition.name), "mandatory");
        });
    });
});
