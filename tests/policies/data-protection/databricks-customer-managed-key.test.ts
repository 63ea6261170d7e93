import { Workspace } from "@pulumi/azure-native/databricks";
import policy from "../../../policies/data-protection/databricks-customer-managed-key";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "premium" }, managedResourceGroupId: "/subscriptions/0/resourceGroups/dbw-managed" };
const kv = { keyVaultUri: "https://kv-dbw.vault.azure.net/", keyName: "dbw-cmk", keyVersion: "0123456789abcdef0123456789abcdef" };
const managedServices = { entities: { managedServices: { keySource: "Microsoft.Keyvault", keyVaultProperties: kv } } };
const managedDisk = { entities: { managedDisk: { keySource: "Microsoft.Keyvault", keyVaultProperties: kv } } };
const storageKey = { prepareEncryption: { value: true }, encryption: { value: { keySource: "Microsoft.Keyvault", keyVaultUri: kv.keyVaultUri, keyName: kv.keyName } } };
const strict = { require: "customer-managed-key" as const };

testResourcePolicy(policy, {
    valid: [
        { name: "infrastructure encryption", resource: resource(Workspace, { ...base, parameters: { requireInfrastructureEncryption: { value: true } } }) },
        { name: "managed services under a key", resource: resource(Workspace, { ...base, encryption: managedServices }) },
        { name: "managed disks under a key", resource: resource(Workspace, { ...base, encryption: managedDisk }) },
        { name: "workspace storage under a key", resource: resource(Workspace, { ...base, parameters: storageKey }) },
        { name: "serverless: no workspace storage to double", resource: resource(Workspace, { resourceGroupName: "rg", sku: { name: "premium" }, computeMode: "Serverless" }) },
        {
            name: "strict: managed services and workspace storage under a key",
            config: strict,
            resource: resource(Workspace, { ...base, encryption: managedServices, parameters: storageKey }),
        },
        {
            name: "strict, serverless: managed services under a key",
            config: strict,
            resource: resource(Workspace, { resourceGroupName: "rg", sku: { name: "premium" }, computeMode: "Serverless", encryption: managedServices }),
        },
    ],
    invalid: [
        { name: "unset: Microsoft-managed keys, single encryption", resource: resource(Workspace, base), messages: ["notHardened"] },
        {
            name: "workspace storage with keySource Default",
            resource: resource(Workspace, { ...base, parameters: { encryption: { value: { keySource: "Default" } }, requireInfrastructureEncryption: { value: false } } }),
            messages: ["notHardened"],
        },
        {
            name: "strict: infrastructure encryption is not a customer's key",
            config: strict,
            resource: resource(Workspace, { ...base, parameters: { requireInfrastructureEncryption: { value: true } } }),
            messages: ["managedServicesKeyMissing", "workspaceStorageKeyMissing"],
        },
        {
            name: "strict: managed services only",
            config: strict,
            resource: resource(Workspace, { ...base, encryption: managedServices }),
            messages: ["workspaceStorageKeyMissing"],
        },
        {
            name: "strict, serverless: no key",
            config: strict,
            resource: resource(Workspace, { resourceGroupName: "rg", sku: { name: "premium" }, computeMode: "Serverless" }),
            messages: ["managedServicesKeyMissing"],
        },
    ],
    undecided: [
        { name: "key name from another resource", resource: resource(Workspace, { ...base, parameters: { encryption: { value: { keySource: "Microsoft.Keyvault", keyVaultUri: kv.keyVaultUri, keyName: unknown() } } } }) },
        { name: "compute mode unknown", resource: resource(Workspace, { ...base, computeMode: unknown() }) },
    ],
});
