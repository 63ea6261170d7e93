import { ManagementLockAtResourceGroupLevel, ManagementLockAtSubscriptionLevel, ManagementLockByScope } from "@pulumi/azure-native/authorization";
import { Vault } from "@pulumi/azure-native/keyvault";
import { ResourceGroup } from "@pulumi/azure-native/resources";
import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/critical-resource-delete-lock";
import { resource, StackTestResource, testStackPolicy, unknown, untyped } from "../../tester";

const required = { requireInStack: true };
const group = "/subscriptions/s/resourceGroups/rg";
const accountId = (accountName: string) => `${group}/providers/Microsoft.Storage/storageAccounts/${accountName}`;

/** A storage account in group "rg" by name, or in the ResourceGroup resource `inGroup` (its name unknown). */
const storage = (name: string, accountName: string, inGroup?: string): StackTestResource => ({
    name, ...resource(StorageAccount, { resourceGroupName: inGroup ? unknown() : "rg", accountName, kind: "StorageV2", sku: { name: "Standard_LRS" } }),
    ...(inGroup ? { dependsOn: { resourceGroupName: [inGroup] } } : {}),
});
const vault = (name: string, vaultName: string): StackTestResource => ({
    name, ...resource(Vault, { resourceGroupName: "rg", vaultName, properties: { tenantId: "t", sku: { family: "A", name: "standard" } } }),
});
const resourceGroup = (name: string): StackTestResource => ({ name, ...resource(ResourceGroup, {}) });
const scopeLock = (name: string, scope: unknown, level: unknown = "CanNotDelete", dependsOn?: string[]): StackTestResource => ({
    name, ...resource(ManagementLockByScope, { lockName: name, scope: scope as string, level: level as string }),
    ...(dependsOn ? { dependsOn: { scope: dependsOn } } : {}),
});
const groupLock = (name: string, resourceGroupName: unknown, level: unknown = "CanNotDelete", inGroup?: string): StackTestResource => ({
    name, ...resource(ManagementLockAtResourceGroupLevel, { lockName: name, resourceGroupName: resourceGroupName as string, level: level as string }),
    ...(inGroup ? { dependsOn: { resourceGroupName: [inGroup] } } : {}),
});
const subscriptionLock = (name: string, level = "CanNotDelete"): StackTestResource => ({
    name, ...resource(ManagementLockAtSubscriptionLevel, { lockName: name, level }),
});

testStackPolicy(policy, {
    valid: [
        { name: "a lock whose scope is the account's id", config: required, resources: [storage("st", "stapp"), scopeLock("st-lock", accountId("stapp"))] },
        { name: "first preview: a lock whose scope is unknown and depends on the account", config: required, resources: [storage("st", "stapp"), scopeLock("st-lock", unknown(), "CanNotDelete", ["st"])] },
        { name: "a ReadOnly lock on the account's resource group, by name in another case", config: required, resources: [storage("st", "stapp"), groupLock("rg-lock", "RG", "ReadOnly")] },
        {
            name: "the account and a group lock in the same ResourceGroup of the stack, its name unknown",
            config: required,
            resources: [resourceGroup("main"), storage("st", "stapp", "main"), groupLock("rg-lock", unknown(), "CanNotDelete", "main")],
        },
        { name: "a subscription lock", config: required, resources: [storage("st", "stapp"), subscriptionLock("sub-lock")] },
        { name: "a lock scoped to the account's resource group id", config: required, resources: [storage("st", "stapp"), scopeLock("rg-lock", group)] },
        { name: "a lock scoped to the subscription", config: required, resources: [storage("st", "stapp"), scopeLock("sub-lock", "/subscriptions/s", "ReadOnly")] },
        { name: "two accounts, each with its own lock", config: required, resources: [storage("st1", "stone"), storage("st2", "sttwo"), scopeLock("l1", accountId("stone")), scopeLock("l2", accountId("sttwo"))] },
        {
            name: "key vaults configured as critical: a locked vault; the storage account is not checked",
            config: { ...required, resourceTypes: ["Microsoft.KeyVault/vaults"] },
            resources: [storage("st", "stapp"), vault("kv", "kv-app"), scopeLock("kv-lock", `${group}/providers/Microsoft.KeyVault/vaults/kv-app`)],
        },
        {
            name: "resource groups configured as critical: a group with a group lock",
            config: { ...required, resourceTypes: ["Microsoft.Resources/resourceGroups"] },
            resources: [resourceGroup("main"), groupLock("rg-lock", unknown(), "CanNotDelete", "main")],
        },
        { name: "no critical resource in the stack", config: required, resources: [vault("kv", "kv-app")] },
    ],
    invalid: [
        { name: "an account without any lock", config: required, resources: [storage("st", "stapp")], violations: [{ resource: "st", message: "noDeleteLock" }] },
        {
            name: "the only lock is on another account",
            config: required,
            resources: [storage("st", "stapp"), scopeLock("other-lock", accountId("stother"))],
            violations: [{ resource: "st", message: "noDeleteLock" }],
        },
        {
            name: "first preview: the only lock's scope depends on another account",
            config: required,
            resources: [storage("st1", "stone"), storage("st2", "sttwo"), scopeLock("l1", unknown(), "CanNotDelete", ["st1"])],
            violations: [{ resource: "st2", message: "noDeleteLock" }],
        },
        {
            name: "the group lock is on another ResourceGroup of the stack",
            config: required,
            resources: [resourceGroup("main"), resourceGroup("other"), storage("st", "stapp", "main"), groupLock("rg-lock", unknown(), "CanNotDelete", "other")],
            violations: [{ resource: "st", message: "noDeleteLock" }],
        },
        {
            name: "the account's own lock has level NotSpecified",
            config: required,
            resources: [storage("st", "stapp"), scopeLock("st-lock", accountId("stapp"), "NotSpecified")],
            violations: [{ resource: "st-lock", message: "lockLevelIneffective" }, { resource: "st", message: "noDeleteLock" }],
        },
        {
            name: "a group lock with an unexpected level, with the account locked otherwise",
            config: required,
            resources: [storage("st", "stapp"), groupLock("rg-lock", "rg", untyped("Delete")), subscriptionLock("sub-lock")],
            violations: [{ resource: "rg-lock", message: "lockLevelIneffective" }],
        },
        {
            name: "key vaults configured as critical: a vault without a lock",
            config: { ...required, resourceTypes: ["Microsoft.KeyVault/vaults", "Microsoft.Storage/storageAccounts"] },
            resources: [vault("kv", "kv-app"), storage("st", "stapp"), scopeLock("st-lock", accountId("stapp"))],
            violations: [{ resource: "kv", message: "noDeleteLock" }],
        },
    ],
    undecided: [
        { name: "requireInStack off (the default): an account without a lock may be locked by a platform team", resources: [storage("st", "stapp")] },
        { name: "the only lock's scope is unknown and depends on nothing", config: required, resources: [storage("st", "stapp"), scopeLock("l", unknown())] },
        { name: "first preview: the only lock's scope is built from the account's group", config: required, resources: [resourceGroup("main"), storage("st", "stapp", "main"), scopeLock("l", unknown(), "CanNotDelete", ["main"])] },
        { name: "the only lock's level is unknown", config: required, resources: [storage("st", "stapp"), scopeLock("l", accountId("stapp"), unknown())] },
    ],
});
