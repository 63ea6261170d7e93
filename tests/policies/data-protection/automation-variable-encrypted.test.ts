import { Variable } from "@pulumi/azure-native/automation";
import policy from "../../../policies/data-protection/automation-variable-encrypted";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", automationAccountName: "aa", name: "conn", value: "\"x\"" };

testResourcePolicy(policy, {
    valid: [
        { name: "encrypted", resource: resource(Variable, { ...base, isEncrypted: true }) },
    ],
    invalid: [
        { name: "unset: stored unencrypted", resource: resource(Variable, base), messages: ["notEncrypted"] },
        { name: "false", resource: resource(Variable, { ...base, isEncrypted: false }), messages: ["notEncrypted"] },
    ],
    undecided: [
        { name: "flag from config", resource: resource(Variable, { ...base, isEncrypted: unknown() }) },
    ],
});
