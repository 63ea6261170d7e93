import { Secret } from "@pulumi/azure-native/keyvault";
import policy from "../../../policies/compliance/keyvault-secret-expiration";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", vaultName: "kv-orders", secretName: "db-password" };

testResourcePolicy(policy, {
    valid: [
        { name: "expires set", resource: resource(Secret, { ...base, properties: { value: "s3cr3t-value", attributes: { expires: 1893456000 } } }) },
    ],
    invalid: [
        {
            name: "unset: never expires; the value is never echoed",
            resource: resource(Secret, { ...base, properties: { value: "s3cr3t-value" } }),
            messages: ["noExpiry"],
        },
        {
            name: "attributes without expires",
            resource: resource(Secret, { ...base, properties: { value: "s3cr3t-value", attributes: { enabled: true } } }),
            messages: ["noExpiry"],
        },
    ],
    undecided: [
        { name: "expiry computed from another resource", resource: resource(Secret, { ...base, properties: { value: "s3cr3t-value", attributes: { expires: unknown() } } }) },
    ],
});
