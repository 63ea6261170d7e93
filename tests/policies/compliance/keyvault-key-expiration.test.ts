import { Key } from "@pulumi/azure-native/keyvault";
import policy from "../../../policies/compliance/keyvault-key-expiration";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", vaultName: "kv-orders", keyName: "cmk-orders" };

testResourcePolicy(policy, {
    valid: [
        { name: "expires set", resource: resource(Key, { ...base, properties: { kty: "RSA", keySize: 3072, attributes: { expires: 1893456000 } } }), outputsUndecided: true },
    ],
    invalid: [
        {
            name: "unset: never expires",
            resource: resource(Key, { ...base, properties: { kty: "RSA" } }),
            messages: ["noExpiry"],
            outputsUndecided: true,
        },
        {
            name: "attributes without expires",
            resource: resource(Key, { ...base, properties: { kty: "RSA", attributes: { enabled: true, notBefore: 1767225600 } } }),
            messages: ["noExpiry"],
            outputsUndecided: true,
        },
        {
            name: "a rotation policy's expiryTime does not date this version",
            resource: resource(Key, { ...base, properties: { kty: "RSA", rotationPolicy: { attributes: { expiryTime: "P1Y" }, lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeBeforeExpiry: "P30D" } }] } } }),
            messages: ["noExpiry"],
            outputsUndecided: true,
        },
    ],
    undecided: [
        { name: "expiry computed from another resource", resource: resource(Key, { ...base, properties: { kty: "RSA", attributes: { expires: unknown() } } }) },
    ],
});
