import { Factory } from "@pulumi/azure-native/datafactory";
import policy from "../../../policies/data-protection/data-factory-customer-managed-key";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", identity: { type: "UserAssigned" } };

testResourcePolicy(policy, {
    valid: [
        {
            name: "a Key Vault key",
            resource: resource(Factory, { ...base, encryption: { vaultBaseUrl: "https://kv-data.vault.azure.net", keyName: "adf-key", identity: { userAssignedIdentity: unknown() } } }),
        },
        { name: "a vault URL unknown at preview", resource: resource(Factory, { ...base, encryption: { vaultBaseUrl: unknown(), keyName: "adf-key" } }) },
    ],
    invalid: [
        { name: "unset: Microsoft-managed keys", resource: resource(Factory, base), messages: ["serviceManagedKey"] },
    ],
    undecided: [
        { name: "encryption from another resource", resource: resource(Factory, { ...base, encryption: unknown() }) },
    ],
});
