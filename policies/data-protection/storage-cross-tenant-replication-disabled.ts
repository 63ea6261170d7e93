import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-cross-tenant-replication-disabled",
    description: "Storage accounts do not allow object replication to or from accounts in other Microsoft Entra tenants.",
    area: "data-protection",
    severity: "medium",
    // PA-7: who may receive a copy of the data stays within the tenant's own administration.
    frameworks: { mcsb: ["PA-7"], cis: ["9.3.7"] },
    remediation: "Set allowCrossTenantReplication to false, or leave it unset on a new account (Azure then treats it " +
        "as false). Object replication policies then work only between accounts of the same tenant.",
    noFix: "it stops object replication to accounts in other tenants, which may be in use",
    messages: {
        crossTenantReplicationAllowed: "allowCrossTenantReplication is true, so object replication can copy this account's blobs to an account in another tenant: set it to false.",
    },
    check: {
        storageAccount: (account, ctx) => {
            // Default: unset is false for accounts created since the change of December 2023 (it used to be true).
            // Source: REST spec Microsoft.Storage 2024-01-01, allowCrossTenantReplication ("The default interpretation
            // is false for new accounts"), and
            // https://learn.microsoft.com/azure/storage/blobs/object-replication-prevent-cross-tenant-policies. An
            // account created before that change with the property never set still allows it; a program cannot show
            // that, so only an explicit true is flagged.
            if (account.allowCrossTenantReplication === true) {
                ctx.report("crossTenantReplicationAllowed");
            }
        },
    },
});
