import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "sql-customer-managed-key",
    description: "Azure SQL logical servers protect transparent data encryption with a customer-managed key held in " +
        "Key Vault.",
    area: "data-protection",
    // Low: every database is already encrypted at rest by TDE with a service-managed key; this adds key ownership.
    severity: "low",
    frameworks: { mcsb: ["DP-5"], azurePolicy: ["0a370ff3-6cab-4e85-8995-295fd854c5b8"] },
    remediation: "Set keyId on the server to a Key Vault key URI, with an identity that can wrap and unwrap it " +
        "(primaryUserAssignedIdentityId, or a system-assigned identity). Azure Policy's definition reads the " +
        "server's keyId, so set it even when a sql.EncryptionProtector selects the key; an EncryptionProtector must " +
        "have serverKeyType AzureKeyVault (with serverKeyName naming a sql.ServerKey), as ServiceManaged hands the " +
        "key back to Azure. Unset keyId means a service-managed TDE protector.",
    noFix: "it needs a key in a Key Vault and an identity allowed to use it: other resources, not a property change",
    messages: {
        serverKeyMissing: "keyId is not set, so transparent data encryption uses a service-managed key: set keyId to a Key Vault key URI.",
        serviceManagedProtector: "serverKeyType is not AzureKeyVault, so the server's TDE protector is a service-managed key: set serverKeyType to AzureKeyVault with serverKeyName naming a Key Vault key.",
    },
    check: {
        sqlServer: (server, ctx) => {
            // Default: unset keyId means a service-managed TDE protector. Source:
            // https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-tde-overview ("By
            // default, the TDE protector is a service-managed key").
            if (!server.keyId) {
                ctx.report("serverKeyMissing");
            }
        },
        sqlEncryptionProtector: (protector, ctx) => {
            // serverKeyType is required; no default to know.
            if (!sameText(protector.serverKeyType, "AzureKeyVault")) {
                ctx.report("serviceManagedProtector");
            }
        },
    },
});
