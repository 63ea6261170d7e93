import { Workspace } from "@pulumi/azure-native/machinelearningservices";
import policy from "../../../policies/data-protection/ml-workspace-customer-managed-key";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };
const keyVaultProperties = { keyVaultArmId: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv", keyIdentifier: "https://kv.vault.azure.net/keys/k/1" };

testResourcePolicy(policy, {
    valid: [
        { name: "customer-managed key", resource: resource(Workspace, { ...base, encryption: { status: "Enabled", keyVaultProperties } }) },
        { name: "project: uses its hub's encryption", resource: resource(Workspace, { ...base, kind: "Project" }) },
    ],
    invalid: [
        { name: "unset: Microsoft-managed keys", resource: resource(Workspace, base), messages: ["noCustomerManagedKey"] },
        { name: "Disabled", resource: resource(Workspace, { ...base, encryption: { status: "Disabled", keyVaultProperties } }), messages: ["noCustomerManagedKey"] },
    ],
    undecided: [
        { name: "status from another resource", resource: resource(Workspace, { ...base, encryption: { status: unknown(), keyVaultProperties } }) },
    ],
});
