import * as assert from "assert";
import { exitCodes, HarnessError, InputError, PolicyConfigError, UsageError } from "../../lib/core/errors";
import { urnName, urnType } from "../../lib/core/urn";
import { enforcementLevelByNumber, logSeverityByNumber, policyTypeByNumber, severityByNumber, sig, sigKey, unknownValue } from "../../lib/core/wire";

/* eslint-disable @typescript-eslint/no-require-imports */
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const enginePb = require("@pulumi/pulumi/proto/engine_pb");
const { unknownStringValue } = require("@pulumi/policy/proxy");
const rpc = require("@pulumi/pulumi/runtime/rpc");
/* eslint-enable @typescript-eslint/no-require-imports */

describe("core: wire facts, each defined once, agree with the packages that define them", () => {
    it("the unknown sentinel is @pulumi/policy's and @pulumi/pulumi's", () => {
        assert.strictEqual(unknownValue, unknownStringValue);
        assert.strictEqual(unknownValue, rpc.unknownValue);
    });

    it("the signature key and values are @pulumi/pulumi's", () => {
        assert.strictEqual(sigKey, rpc.specialSigKey);
        assert.strictEqual(sig.secret, rpc.specialSecretSig);
        assert.strictEqual(sig.resourceReference, rpc.specialResourceSig);
    });

    it("enum orders match the generated protobuf enums", () => {
        const order = (e: Record<string, number>, prefix = "") => Object.entries(e).sort((a, b) => a[1] - b[1])
            .map(([k]) => k.toLowerCase().replace(prefix, ""));
        assert.deepStrictEqual(order(pb.EnforcementLevel), [...enforcementLevelByNumber]);
        assert.deepStrictEqual(order(pb.PolicySeverity, "policy_severity_").slice(1), severityByNumber.slice(1));
        assert.deepStrictEqual(order(pb.PolicyType, "policy_type_"), [...policyTypeByNumber]);
        assert.deepStrictEqual(order(enginePb.LogSeverity), [...logSeverityByNumber]);
    });
});

describe("core: URNs", () => {
    it("name and own type, also under a parent", () => {
        const urn = "urn:pulumi:dev::app::my:component:Web$azure-native:web:WebApp::site::with::colons";
        assert.strictEqual(urnName("urn:pulumi:dev::app::azure-native:storage:StorageAccount::acct"), "acct");
        assert.strictEqual(urnName("urn:pulumi:dev::app::azure-native:storage:StorageAccount::team::acct"), "team::acct");
        assert.strictEqual(urnType(urn), "azure-native:web:WebApp");
        assert.strictEqual(urnType("urn:pulumi:dev::app::azure-native:storage:StorageAccount::acct"), "azure-native:storage:StorageAccount");
    });
});

describe("core: errors carry their exit code", () => {
    it("bad input is 2, a failed pack is 3", () => {
        assert.strictEqual(new InputError("x").exitCode, exitCodes.badInput);
        assert.strictEqual(new UsageError("x").exitCode, exitCodes.badInput);
        assert.strictEqual(new PolicyConfigError("x").exitCode, exitCodes.badInput);
        assert.ok(new PolicyConfigError("x") instanceof InputError);
        assert.strictEqual(new HarnessError("x").exitCode, exitCodes.packFailed);
        assert.deepStrictEqual(exitCodes, { ok: 0, mandatoryViolation: 1, badInput: 2, packFailed: 3 });
    });
});
