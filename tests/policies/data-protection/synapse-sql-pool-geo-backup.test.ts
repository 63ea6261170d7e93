import { SqlPool } from "@pulumi/azure-native/synapse";
import policy from "../../../policies/data-protection/synapse-sql-pool-geo-backup";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", workspaceName: "syn-analytics", sku: { name: "DW100c" } };

testResourcePolicy(policy, {
    valid: [
        { name: "unset: GRS by default", resource: resource(SqlPool, base) },
        { name: "GRS", resource: resource(SqlPool, { ...base, storageAccountType: "GRS" }) },
    ],
    invalid: [
        { name: "LRS", resource: resource(SqlPool, { ...base, storageAccountType: "LRS" }), messages: ["noGeoBackup"] },
        { name: "LRS, lower case", resource: resource(SqlPool, { ...base, storageAccountType: "lrs" }), messages: ["noGeoBackup"] },
    ],
    undecided: [
        { name: "storage type from config", resource: resource(SqlPool, { ...base, storageAccountType: unknown() }) },
    ],
});
