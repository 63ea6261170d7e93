import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "synapse-sql-pool-geo-backup",
    description: "Synapse dedicated SQL pools keep geo-redundant backups, so the data can be restored in the paired region.",
    area: "data-protection",
    // Low: restore points stay available in the pool's own region; this is the copy that survives a regional outage.
    severity: "low",
    frameworks: { mcsb: ["BR-1", "BR-2"] },
    remediation: "Set storageAccountType to GRS, or leave it unset: it defaults to GRS. LRS opts the pool out of the " +
        "daily geo-backup to the paired region. The storage type is chosen when the pool is created.",
    noFix: "backup redundancy changes the price and is not offered in every region",
    messages: {
        noGeoBackup: "storageAccountType is LRS, so the pool has no geo-backup and cannot be restored in another region: create it with storageAccountType GRS.",
    },
    check: {
        synapseSqlPool: (pool, ctx) => {
            // Default: unset storageAccountType is GRS (geo-backups on). Source: REST spec Microsoft.Synapse 2021-06-01,
            // SqlPoolResourceProperties.storageAccountType (azure-native 3.28 fills in "GRS"), and
            // https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/backup-and-restore
            if (sameText(pool.storageAccountType, "LRS")) {
                ctx.report("noGeoBackup");
            }
        },
    },
});
