import { EncryptionProtector, Server } from "@pulumi/azure-native/sql";
import policy from "../../../policies/data-protection/sql-customer-managed-key";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };
const protector = { resourceGroupName: "rg", serverName: "sql-contoso", encryptionProtectorName: "current" };
const keyId = "https://contoso-vault.vault.azure.net/keys/sql-tde/0123456789abcdef0123456789abcdef";

testResourcePolicy(policy, {
    valid: [
        {
            name: "server with a Key Vault key",
            resource: resource(Server, { ...base, keyId, primaryUserAssignedIdentityId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/sql-tde" }),
        },
        { name: "protector on a Key Vault key", resource: resource(EncryptionProtector, { ...protector, serverKeyType: "AzureKeyVault", serverKeyName: "contoso-vault_sql-tde_0123456789abcdef0123456789abcdef" }) },
        { name: "protector type in another case", resource: resource(EncryptionProtector, { ...protector, serverKeyType: "azurekeyvault", serverKeyName: "contoso-vault_sql-tde_0123456789abcdef0123456789abcdef" }) },
    ],
    invalid: [
        { name: "server, unset: service-managed key", resource: resource(Server, base), messages: ["serverKeyMissing"] },
        { name: "server, empty key id", resource: resource(Server, { ...base, keyId: "" }), messages: ["serverKeyMissing"] },
        { name: "service-managed protector", resource: resource(EncryptionProtector, { ...protector, serverKeyType: "ServiceManaged" }), messages: ["serviceManagedProtector"] },
    ],
    undecided: [
        { name: "key id from a key not yet created", resource: resource(Server, { ...base, keyId: unknown() }) },
        { name: "protector type from another resource", resource: resource(EncryptionProtector, { ...protector, serverKeyType: unknown() }) },
    ],
});
