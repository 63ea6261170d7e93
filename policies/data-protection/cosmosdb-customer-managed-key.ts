import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "cosmosdb-customer-managed-key",
    description: "Cosmos DB accounts encrypt data at rest with a customer-managed key held in Key Vault.",
    area: "data-protection",
    // Low: every account is already encrypted at rest with service-managed keys; this adds key ownership.
    severity: "low",
    frameworks: { mcsb: ["DP-5"], azurePolicy: ["1f905d99-2ab7-462c-a6b0-f709acca6c8f"] },
    remediation: "Set keyVaultKeyUri to the versionless URI of a Key Vault key (https://<vault>.vault.azure.net/keys/<key>) " +
        "when creating the account, with defaultIdentity naming an identity that can wrap and unwrap it. Unset " +
        "keyVaultKeyUri means service-managed keys.",
    noFix: "it needs a key in a Key Vault and an identity allowed to use it: other resources, not a property change",
    messages: {
        serviceManagedKey: "keyVaultKeyUri is not set, so data at rest is encrypted with service-managed keys: set it to a Key Vault key.",
    },
    check: {
        cosmosDbAccount: (account, ctx) => {
            // Default: unset keyVaultKeyUri means service-managed keys. Source:
            // https://learn.microsoft.com/azure/cosmos-db/how-to-setup-customer-managed-keys (data is encrypted with
            // service-managed keys; the customer-managed key layer is opt-in through keyVaultKeyUri).
            if (!account.keyVaultKeyUri) {
                ctx.report("serviceManagedKey");
            }
        },
    },
});
