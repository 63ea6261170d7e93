import { Workspace } from "@pulumi/azure-native/synapse";
import policy from "../../../policies/data-protection/synapse-customer-managed-key";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", identity: { type: "SystemAssigned" as const } };

testResourcePolicy(policy, {
    valid: [
        {
            name: "a Key Vault key",
            resource: resource(Workspace, { ...base, encryption: { cmk: { key: { name: "synapse-key", keyVaultUrl: "https://kv-data.vault.azure.net/keys/synapse-key" }, kekIdentity: { useSystemAssignedIdentity: true } } } }),
        },
        { name: "a key whose URL is unknown at preview", resource: resource(Workspace, { ...base, encryption: { cmk: { key: { name: "synapse-key", keyVaultUrl: unknown() } } } }) },
    ],
    invalid: [
        { name: "unset: service-managed keys", resource: resource(Workspace, base), messages: ["serviceManagedKey"] },
        { name: "encryption without cmk", resource: resource(Workspace, { ...base, encryption: {} }), messages: ["serviceManagedKey"] },
        { name: "cmk without a key", resource: resource(Workspace, { ...base, encryption: { cmk: { kekIdentity: { useSystemAssignedIdentity: true } } } }), messages: ["serviceManagedKey"] },
    ],
    undecided: [
        { name: "encryption from another resource", resource: resource(Workspace, { ...base, encryption: unknown() }) },
        { name: "cmk from another resource", resource: resource(Workspace, { ...base, encryption: { cmk: unknown() } }) },
    ],
});
