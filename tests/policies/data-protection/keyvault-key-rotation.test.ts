import { Key } from "@pulumi/azure-native/keyvault";
import policy from "../../../policies/data-protection/keyvault-key-rotation";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", vaultName: "kv-orders", keyName: "cmk-orders" };
const rotate = { action: { type: "rotate" as const }, trigger: { timeAfterCreate: "P90D" } };
const notify = { action: { type: "notify" as const }, trigger: { timeBeforeExpiry: "P30D" } };

testResourcePolicy(policy, {
    valid: [
        { name: "rotate after 90 days", resource: resource(Key, { ...base, properties: { kty: "RSA", rotationPolicy: { attributes: { expiryTime: "P1Y" }, lifetimeActions: [rotate] } } }), outputsUndecided: true },
        { name: "rotate and notify", resource: resource(Key, { ...base, properties: { kty: "RSA", rotationPolicy: { lifetimeActions: [notify, rotate] } } }), outputsUndecided: true },
        { name: "action type in another case", resource: resource(Key, { ...base, properties: { kty: "RSA", rotationPolicy: { lifetimeActions: [{ action: { type: "Rotate" as never }, trigger: { timeBeforeExpiry: "P30D" } }] } } }), outputsUndecided: true },
    ],
    invalid: [
        { name: "unset: never rotates", resource: resource(Key, { ...base, properties: { kty: "RSA" } }), messages: ["noRotationPolicy"], outputsUndecided: true },
        { name: "notify only", resource: resource(Key, { ...base, properties: { kty: "RSA", rotationPolicy: { lifetimeActions: [notify] } } }), messages: ["noRotateAction"], outputsUndecided: true },
        { name: "policy without lifetime actions", resource: resource(Key, { ...base, properties: { kty: "RSA", rotationPolicy: { attributes: { expiryTime: "P1Y" } } } }), messages: ["noRotateAction"], outputsUndecided: true },
    ],
    undecided: [
        { name: "action type from another resource", resource: resource(Key, { ...base, properties: { kty: "RSA", rotationPolicy: { lifetimeActions: [{ action: { type: unknown() }, trigger: { timeAfterCreate: "P90D" } }] } } }) },
        { name: "rotation policy from another resource", resource: resource(Key, { ...base, properties: { kty: "RSA", rotationPolicy: unknown() } }) },
    ],
});
