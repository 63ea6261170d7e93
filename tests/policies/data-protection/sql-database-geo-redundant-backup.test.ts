import { Database, DatabaseArgs } from "@pulumi/azure-native/sql";
import policy from "../../../policies/data-protection/sql-database-geo-redundant-backup";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const db = (more: Partial<DatabaseArgs> = {}) => resource(Database, { resourceGroupName: "rg", serverName: "sql-app", ...more });

testResourcePolicy(policy, {
    valid: [
        { name: "unset: Geo by default", resource: db() },
        { name: "Geo", resource: db({ requestedBackupStorageRedundancy: "Geo" }) },
        { name: "GeoZone, case-insensitive", resource: db({ requestedBackupStorageRedundancy: untyped("geozone") }) },
        { name: "Zone, accepted by config", resource: db({ requestedBackupStorageRedundancy: "Zone" }), config: { acceptZoneRedundant: true } },
        { name: "a geo-secondary takes no backups of its own", resource: db({ createMode: "Secondary", secondaryType: "Geo", requestedBackupStorageRedundancy: "Local" }) },
        { name: "a named replica", resource: db({ createMode: "Secondary", secondaryType: "Named", requestedBackupStorageRedundancy: "Zone" }) },
        { name: "null: unset", resource: db({ requestedBackupStorageRedundancy: untyped(null) }) },
    ],
    invalid: [
        { name: "Local", resource: db({ requestedBackupStorageRedundancy: "Local" }), messages: ["sameRegionBackup"] },
        { name: "Zone", resource: db({ requestedBackupStorageRedundancy: "Zone" }), messages: ["sameRegionBackup"] },
        { name: "Local, even with Zone accepted", resource: db({ requestedBackupStorageRedundancy: "Local" }), config: { acceptZoneRedundant: true }, messages: ["sameRegionBackup"] },
        { name: "a restored database", resource: db({ createMode: "PointInTimeRestore", requestedBackupStorageRedundancy: "Local" }), messages: ["sameRegionBackup"] },
    ],
    undecided: [
        { name: "redundancy from another resource", resource: db({ requestedBackupStorageRedundancy: unknown() }) },
        { name: "secondary type unknown", resource: db({ secondaryType: unknown(), requestedBackupStorageRedundancy: "Local" }) },
    ],
});
