import { DatabaseAccount } from "@pulumi/azure-native/cosmosdb";
import policy from "../../../policies/data-protection/cosmosdb-customer-managed-key";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", databaseAccountOfferType: "Standard" as const, locations: [{ locationName: "westeurope" }] };

testResourcePolicy(policy, {
    valid: [
        {
            name: "Key Vault key",
            resource: resource(DatabaseAccount, { ...base, keyVaultKeyUri: "https://contoso-vault.vault.azure.net/keys/cosmos-cmk", defaultIdentity: "SystemAssignedIdentity" }),
        },
    ],
    invalid: [
        { name: "unset: service-managed keys", resource: resource(DatabaseAccount, base), messages: ["serviceManagedKey"] },
        { name: "empty key URI", resource: resource(DatabaseAccount, { ...base, keyVaultKeyUri: "" }), messages: ["serviceManagedKey"] },
    ],
    undecided: [
        { name: "key URI from a key not yet created", resource: resource(DatabaseAccount, { ...base, keyVaultKeyUri: unknown() }) },
    ],
});
