import { BackupVault } from "@pulumi/azure-native/dataprotection";
import type { types } from "@pulumi/azure-native";
import { Vault } from "@pulumi/azure-native/recoveryservices";
import type { VaultArgs } from "@pulumi/azure-native/recoveryservices";
import policy from "../../../policies/data-protection/backup-vault-immutability-enabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const storage = [{ datastoreType: "VaultStore", type: "GeoRedundant" }];
const backupVault = (securitySettings?: types.input.dataprotection.SecuritySettingsArgs) =>
    resource(BackupVault, { resourceGroupName: "rg", properties: { storageSettings: storage, securitySettings } });
const rsv = (properties?: VaultArgs["properties"]) =>
    resource(Vault, { resourceGroupName: "rg", sku: { name: "RS0", tier: "Standard" }, properties });

testResourcePolicy(policy, {
    valid: [
        { name: "backup vault: Unlocked", resource: backupVault({ immutabilitySettings: { state: "Unlocked" } }) },
        { name: "backup vault: Locked, locked required", config: { requireLocked: true }, resource: backupVault({ immutabilitySettings: { state: "Locked" } }) },
        { name: "recovery services vault: locked (case-insensitive)", resource: rsv({ securitySettings: { immutabilitySettings: { state: "locked" } } }) },
    ],
    invalid: [
        { name: "backup vault: unset (Disabled by default)", resource: backupVault(), messages: ["immutabilityOff"] },
        { name: "backup vault: Disabled", resource: backupVault({ immutabilitySettings: { state: "Disabled" } }), messages: ["immutabilityOff"] },
        { name: "recovery services vault: no properties", resource: rsv(), messages: ["immutabilityOff"] },
        { name: "recovery services vault: Unlocked, locked required", config: { requireLocked: true },
            resource: rsv({ securitySettings: { immutabilitySettings: { state: "Unlocked" } } }), messages: ["notLocked"] },
    ],
    undecided: [
        { name: "backup vault: state not yet known", resource: backupVault({ immutabilitySettings: { state: unknown() } }) },
        { name: "recovery services vault: security settings from another output", resource: rsv({ securitySettings: unknown() }) },
    ],
});
