import { BackupVault } from "@pulumi/azure-native/dataprotection";
import type { types } from "@pulumi/azure-native";
import { Vault } from "@pulumi/azure-native/recoveryservices";
import type { VaultArgs } from "@pulumi/azure-native/recoveryservices";
import policy from "../../../policies/data-protection/backup-vault-soft-delete-enabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const storage = [{ datastoreType: "VaultStore", type: "LocallyRedundant" }];
const backupVault = (securitySettings?: types.input.dataprotection.SecuritySettingsArgs) =>
    resource(BackupVault, { resourceGroupName: "rg", properties: { storageSettings: storage, securitySettings } });
const rsv = (properties?: VaultArgs["properties"]) =>
    resource(Vault, { resourceGroupName: "rg", sku: { name: "RS0", tier: "Standard" }, properties });

testResourcePolicy(policy, {
    valid: [
        { name: "backup vault: unset (on by default)", resource: backupVault() },
        { name: "backup vault: AlwaysOn", resource: backupVault({ softDeleteSettings: { state: "AlwaysOn", retentionDurationInDays: 14 } }) },
        { name: "backup vault: On", resource: backupVault({ softDeleteSettings: { state: "on" } }) },
        { name: "recovery services vault: no properties", resource: rsv() },
        { name: "recovery services vault: Enabled", resource: rsv({ securitySettings: { softDeleteSettings: { softDeleteState: "Enabled" } } }) },
    ],
    invalid: [
        { name: "backup vault: Off", resource: backupVault({ softDeleteSettings: { state: "Off" } }), messages: ["softDeleteOff"] },
        { name: "recovery services vault: Disabled", resource: rsv({ publicNetworkAccess: "Disabled",
            securitySettings: { softDeleteSettings: { softDeleteState: "Disabled" } } }), messages: ["recoverySoftDeleteOff"] },
    ],
    undecided: [
        { name: "backup vault: state from config not yet known", resource: backupVault({ softDeleteSettings: { state: unknown() } }) },
        { name: "recovery services vault: settings from another output", resource: rsv({ securitySettings: unknown() }) },
    ],
});
