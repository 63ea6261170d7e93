import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/storage-encryption-hardened";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };
const keyVaultProperties = { keyVaultUri: "https://contoso-vault.vault.azure.net/", keyName: "storage-cmk" };
const infra = resource(StorageAccount, { ...base, encryption: { requireInfrastructureEncryption: true } });
const cmk = resource(StorageAccount, { ...base, encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties } });
const platform = resource(StorageAccount, { ...base, encryption: { keySource: "Microsoft.Storage" } });

testResourcePolicy(policy, {
    valid: [
        { name: "either (default): infrastructure encryption", resource: infra },
        { name: "either (default): customer-managed key, keySource in another case", resource: resource(StorageAccount, { ...base, encryption: { keySource: "microsoft.keyvault", keyVaultProperties } }) },
        { name: "infrastructure-encryption required and set", resource: infra, config: { require: "infrastructure-encryption" } },
        { name: "customer-managed-key required and set", resource: cmk, config: { require: "customer-managed-key" } },
    ],
    invalid: [
        {
            name: "unset: Microsoft-managed keys, single layer",
            resource: resource(StorageAccount, base),
            messages: ["notHardened"],
        },
        {
            name: "Microsoft-managed keys",
            resource: platform,
            messages: ["notHardened"],
        },
        {
            name: "Key Vault key source without key properties",
            resource: resource(StorageAccount, { ...base, encryption: { keySource: "Microsoft.Keyvault" } }),
            messages: ["notHardened"],
        },
        {
            name: "infrastructure-encryption required, only a customer-managed key",
            resource: cmk,
            config: { require: "infrastructure-encryption" },
            messages: ["infraEncryptionOff"],
        },
        {
            name: "customer-managed-key required, only infrastructure encryption",
            resource: infra,
            config: { require: "customer-managed-key" },
            messages: ["customerKeyMissing"],
        },
    ],
    undecided: [
        {
            name: "key vault URI from the vault, not yet created",
            resource: resource(StorageAccount, { ...base, encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyVaultUri: unknown(), keyName: "storage-cmk" } } }),
        },
    ],
});
