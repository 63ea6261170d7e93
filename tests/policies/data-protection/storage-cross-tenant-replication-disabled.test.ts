import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/storage-cross-tenant-replication-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

testResourcePolicy(policy, {
    valid: [
        { name: "explicitly false", resource: resource(StorageAccount, { ...base, allowCrossTenantReplication: false }) },
        { name: "unset: false for new accounts", resource: resource(StorageAccount, base) },
    ],
    invalid: [
        { name: "explicitly true", resource: resource(StorageAccount, { ...base, allowCrossTenantReplication: true }), messages: ["crossTenantReplicationAllowed"] },
    ],
    undecided: [
        { name: "set from config resolved at deployment", resource: resource(StorageAccount, { ...base, allowCrossTenantReplication: unknown() }) },
    ],
});
