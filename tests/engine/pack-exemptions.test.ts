/**
 * The pack's exemptions in its answers (lib/engine/pack-exemptions.ts through lib/engine/dispatch.ts): a mandatory
 * finding of the insecure example becomes advisory with the exemption's sentence, for a resource policy (Analyze)
 * and a stack policy (AnalyzeStack); the exemption tag only when allowed; and Configure refuses a bad exemption with
 * one error naming it.
 */
import * as assert from "assert";
import * as path from "path";
import type { EnforcementLevel } from "@pulumi/policy";
import { packName, packRoot } from "../../lib/core/paths";
import type { EngineResource } from "../../lib/core/types";
import { enforcementLevelByNumber, secret } from "../../lib/core/wire";
import { analyzeRequest, analyzeStackRequest } from "../../lib/engine/codec";
import { installConfigureHook } from "../../lib/engine/configure-hook";
import { installSecretRecorder } from "../../lib/engine/decode-guard";
import { dispatcher, registryScope, RpcHandler } from "../../lib/engine/dispatch";
import { levelInputs, packPolicies } from "../../lib/engine/pack";
import { packExemptions, setExemptionClock, setPackExemptions } from "../../lib/engine/pack-exemptions";
import { defaultExemptionSettings, ExemptionSettings } from "../../lib/kit/exemptions";
import { settingsPolicyName } from "../../lib/kit/settings";
import { readStackExport } from "../../lib/inputs/stack-export";

/* eslint-disable @typescript-eslint/no-require-imports */
const { AnalyzerService } = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
const { ConfigureAnalyzerRequest, PolicyConfig } = require("@pulumi/pulumi/proto/analyzer_pb");
const { Struct } = require("google-protobuf/google/protobuf/struct_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

interface Diagnostic { policyname: string; urn: string; message: string; enforcementlevel: number }

function call(fn: RpcHandler, request: unknown): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => fn({ request }, (err, resp) =>
        (err ? reject(err) : resolve((resp as { toObject(): { diagnosticsList: Diagnostic[] } }).toObject().diagnosticsList))));
}

const level = (d: Diagnostic | undefined): EnforcementLevel => enforcementLevelByNumber[d!.enforcementlevel];

describe("pack exemptions in the pack's answers", () => {
    installSecretRecorder();
    const d = dispatcher({ name: packName, version: "1.2.3", enforcementLevel: "advisory" }, packPolicies(), registryScope())!;
    const resources = readStackExport(path.join(packRoot, "examples", "stack-exports", "insecure.json"));
    const storage = resources.find((r) => r.name === "storage")!;
    const tagged = (value: unknown): EngineResource => ({ ...storage, props: { ...storage.props, tags: { "azure-srm-exempt": value } } });
    const use = (s: Partial<ExemptionSettings>) => setPackExemptions({ ...defaultExemptionSettings, ...s });
    const https = (ds: Diagnostic[]) => ds.find((x) => x.policyname === "storage-https-only");
    before(() => setExemptionClock(() => new Date("2026-12-02T10:00:00Z")));
    after(() => {
        setExemptionClock(undefined);
        setPackExemptions(defaultExemptionSettings);
    });

    let plainOthers: Diagnostic[] = [];
    it("without exemptions, the insecure storage account's https finding is mandatory", async () => {
        use({});
        const ds = await call(d.analyze, analyzeRequest(storage));
        assert.strictEqual(level(https(ds)), "mandatory");
        plainOthers = ds.filter((x) => x.policyname !== "storage-https-only");
    });

    it("an exemption makes it advisory and says whose and until when; other findings keep their level", async () => {
        use({ exemptions: [{ id: "EX-7", policies: ["storage-https-only"], types: ["azure-native:storage/v20230501:StorageAccount"],
            stacks: ["insecure"], category: "waiver", reason: "legacy client until the migration", owner: "team-data", expires: "2026-12-20" }] });
        const ds = await call(d.analyze, analyzeRequest(storage));
        const f = https(ds)!;
        assert.strictEqual(level(f), "advisory");
        assert.ok(f.message.endsWith(" Exempted by EX-7 (waiver, team-data, until 2026-12-20): legacy client until the migration. " +
            "It expires in 18 days."), f.message);
        const others = ds.filter((x) => x.policyname !== "storage-https-only");
        assert.ok(others.some((x) => level(x) === "mandatory"));
        assert.deepStrictEqual(others, plainOthers, "the other findings are untouched");
        use({ exemptions: [{ ...packExemptions().exemptions[0], stacks: ["prod"] }] });
        assert.strictEqual(level(https(await call(d.analyze, analyzeRequest(storage)))), "mandatory", "another stack's exemption");
    });

    it("an expired exemption leaves the level and says it expired", async () => {
        use({ exemptions: [{ id: "EX-8", policies: ["storage-*"], names: ["storage"], category: "waiver", reason: "r", expires: "2026-12-01" }] });
        const f = https(await call(d.analyze, analyzeRequest(storage)))!;
        assert.strictEqual(level(f), "mandatory");
        assert.ok(f.message.endsWith(" Exemption EX-8 expired on 2026-12-01."), f.message);
    });

    it("a stack policy's finding is exempted on the resource it names (AnalyzeStack)", async () => {
        const stackPolicies = ["sql-entra-only-auth", "subnet-nsg-required"];
        const stackFindings = async () => (await call(d.analyzeStack, analyzeStackRequest(resources)))
            .filter((x) => stackPolicies.includes(x.policyname));
        use({});
        const before = await stackFindings();
        assert.deepStrictEqual(before.map((x) => [x.policyname, level(x)]).sort(),
            [["sql-entra-only-auth", "mandatory"], ["subnet-nsg-required", "mandatory"]]);
        use({ exemptions: [{ id: "EX-9", areas: ["identity-and-access"], resources: ["urn:pulumi:insecure::shop::*::sql"],
            category: "mitigated", reason: "Entra sign-in is enforced by a conditional access policy" }] });
        const after = await stackFindings();
        const sql = after.find((x) => x.policyname === "sql-entra-only-auth")!;
        assert.strictEqual(sql.urn, resources.find((r) => r.name === "sql")!.urn);
        assert.strictEqual(level(sql), "advisory");
        assert.ok(sql.message.endsWith(" Exempted by EX-9 (mitigated): Entra sign-in is enforced by a conditional access policy."), sql.message);
        const subnet = after.find((x) => x.policyname === "subnet-nsg-required")!;
        assert.strictEqual(level(subnet), "mandatory");
        assert.ok(!/Exempt/.test(subnet.message));
    });

    it("the exemption tag exempts only when allowTagExemptions is on; a malformed one says so", async () => {
        const tag = "policies=storage-https-only; ref=SEC-123; expires=2027-01-31";
        use({});
        const off = https(await call(d.analyze, analyzeRequest(tagged(tag))))!;
        assert.strictEqual(level(off), "mandatory");
        assert.ok(!/Exempt|azure-srm-exempt/.test(off.message));
        use({ allowTagExemptions: true });
        const on = https(await call(d.analyze, analyzeRequest(tagged(tag))))!;
        assert.strictEqual(level(on), "advisory");
        assert.ok(on.message.endsWith(" Exempted by tag azure-srm-exempt (waiver, SEC-123, until 2027-01-31): an in-code exception on the resource."), on.message);
        const others = (await call(d.analyze, analyzeRequest(tagged(tag)))).filter((x) => x.policyname !== "storage-https-only");
        assert.ok(others.some((x) => level(x) === "mandatory") && others.every((x) => !/Exempt/.test(x.message)),
            "the tag names only storage-https-only");
        const sqlTagged = (r: EngineResource) => (r.name === "sql"
            ? { ...r, props: { ...r.props, tags: { "azure-srm-exempt": "policies=sql-entra-only-auth; ref=CAB-42; expires=2027-01-31" } } } : r);
        const stack = (await call(d.analyzeStack, analyzeStackRequest(resources.map(sqlTagged))))
            .find((x) => x.policyname === "sql-entra-only-auth")!;
        assert.strictEqual(level(stack), "advisory");
        assert.ok(stack.message.endsWith(" Exempted by tag azure-srm-exempt (waiver, CAB-42, until 2027-01-31): an in-code exception on the resource."));
        const malformed = https(await call(d.analyze, analyzeRequest(tagged("policies=storage-https-only; ref=SEC-123"))))!;
        assert.strictEqual(level(malformed), "mandatory");
        assert.ok(malformed.message.endsWith(" Its tag azure-srm-exempt is malformed (it lacks expires=), so it exempts nothing."), malformed.message);
        assert.ok(!malformed.message.includes("SEC-123"), "the tag's value is not echoed");
        const hidden = https(await call(d.analyze, analyzeRequest(tagged(secret(tag)))))!;
        assert.strictEqual(level(hidden), "mandatory");
        assert.ok(hidden.message.endsWith(" Its tag azure-srm-exempt is a Pulumi secret, so it exempts nothing (an exemption's ref " +
            "is shown in findings)."), hidden.message);
        assert.ok(!hidden.message.includes("SEC-123"), "a secret tag's value is not echoed");
    });

    it("Configure keeps the exemptions, and refuses a bad one with one error naming it", () => {
        installConfigureHook(levelInputs());
        const configure = (properties: object) => {
            const req = new ConfigureAnalyzerRequest();
            const pc = new PolicyConfig();
            pc.setEnforcementlevel(0);
            pc.setProperties(Struct.fromJavaScript(properties));
            req.getPolicyconfigMap().set(settingsPolicyName, pc);
            // @pulumi/policy's Configure handler reads the map first: a bad config fails there, with its message.
            AnalyzerService.configure.requestDeserialize(Buffer.from(req.serializeBinary())).getPolicyconfigMap();
        };
        const ex = { id: "EX-1", policies: ["storage-https-only"], names: ["storage"], category: "mitigated", reason: "r" };
        configure({ exemptions: [ex], expiryWarningDays: 7 });
        assert.deepStrictEqual(packExemptions().exemptions, [ex]);
        assert.strictEqual(packExemptions().expiryWarningDays, 7);
        assert.throws(() => configure({ exemptions: [ex, { ...ex, id: "EX-2", policies: ["storage-https-onyl"] }] }),
            /^Error: policy config "pack-settings.exemptions\[1\]" \("EX-2"\): "policies" names "storage-https-onyl", which matches no policy of this pack$/);
        assert.throws(() => configure({ exemptions: [{ ...ex, category: "waiver" }] }), /\("EX-1"\): a waiver needs "expires"/);
    });
});
