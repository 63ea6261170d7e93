import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "sql-managed-instance-customer-managed-key",
    description: "Azure SQL Managed Instances protect transparent data encryption with a customer-managed key held in " +
        "Key Vault.",
    area: "data-protection",
    // Low: every database is already encrypted at rest by TDE with a service-managed key; this adds key ownership.
    severity: "low",
    frameworks: { mcsb: ["DP-5"], azurePolicy: ["ac01ad65-10e5-46df-bdd9-6b0cad13e1d2"] },
    remediation: "Set keyId on the managed instance to a Key Vault key URI, with an identity that can wrap and unwrap " +
        "it (primaryUserAssignedIdentityId, or a system-assigned identity). Azure Policy's definition reads the " +
        "instance's keyId; azure-native has no resource for a managed instance's encryption protector, so keyId is " +
        "the one place to select the key. Unset keyId means a service-managed TDE protector.",
    noFix: "it needs a key in a Key Vault and an identity allowed to use it: other resources, not a property change",
    messages: {
        instanceKeyMissing: "keyId is not set, so transparent data encryption uses a service-managed key: set keyId to a Key Vault key URI.",
    },
    check: {
        sqlManagedInstance: (instance, ctx) => {
            // Default: unset keyId means a service-managed TDE protector. Source:
            // https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-tde-overview ("By
            // default, the TDE protector is a service-managed key"; the same for SQL Managed Instance).
            if (!instance.keyId) {
                ctx.report("instanceKeyMissing");
            }
        },
    },
});
