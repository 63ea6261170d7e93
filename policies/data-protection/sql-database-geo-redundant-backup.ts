import { option, resourcePolicy, sameText } from "../../lib/kit";

/**
 * Replicas take no backups of their own (geo, named and standby replicas are backed up through their primary):
 * createMode says so in inputs, secondaryType (which Azure also returns) in inputs and outputs.
 */
const replicaModes = ["Secondary", "OnlineSecondary"];

export default resourcePolicy({
    name: "sql-database-geo-redundant-backup",
    description: "Azure SQL databases keep their point-in-time and long-term backups in geo-redundant storage, so they can be restored in the paired region.",
    area: "data-protection",
    // Low: the backups still exist in the database's own region; this is the copy that survives a regional outage.
    severity: "low",
    frameworks: { mcsb: ["BR-1", "BR-2"] },
    remediation: "Set requestedBackupStorageRedundancy to \"Geo\" or \"GeoZone\", or leave it unset: it defaults to Geo. " +
        "Local and Zone keep every backup in the database's region. If data residency requires in-region backups " +
        "(a region whose pair is in another country), disable the policy for that stack; to accept zone-redundant " +
        "backups, set acceptZoneRedundant.",
    noFix: "backup redundancy changes the price and is not offered in every region",
    messages: {
        sameRegionBackup: "requestedBackupStorageRedundancy is Local or Zone, so the database's backups stay in its own region and cannot be restored elsewhere after a regional outage: set it to Geo or GeoZone.",
    },
    config: {
        acceptZoneRedundant: option.boolean({
            default: false,
            description: "Accept Zone (zone-redundant, in-region) backup storage: it survives the loss of a datacenter but " +
                "not of the region. Off (the default), only Geo and GeoZone pass.",
        }),
    },
    check: {
        sqlDatabase: (db, ctx) => {
            if (replicaModes.some((mode) => sameText(db.createMode, mode)) || (db.secondaryType !== undefined && db.secondaryType !== null)) {
                return;
            }
            // Default: unset requestedBackupStorageRedundancy is Geo (geo-redundant backup storage, replicated to the
            // paired region). Source: https://learn.microsoft.com/azure/azure-sql/database/automated-backups-overview
            // ("Backup storage redundancy": by default, SQL Database stores backups in geo-redundant storage).
            const redundancy = db.requestedBackupStorageRedundancy;
            if (sameText(redundancy, "Local") || (!ctx.config.acceptZoneRedundant && sameText(redundancy, "Zone"))) {
                ctx.report("sameRegionBackup");
            }
        },
    },
});
