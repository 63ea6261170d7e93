import { ExtendedServerBlobAuditingPolicy, ServerBlobAuditingPolicy } from "@pulumi/azure-native/sql";
import policy from "../../../policies/monitoring-and-logging/sql-auditing-retention";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", serverName: "sql-app", state: "Enabled" as const };
const toStorage = { ...base, storageEndpoint: "https://stlogs.blob.core.windows.net/" };

testResourcePolicy(policy, {
    valid: [
        { name: "to storage, 90 days", resource: resource(ServerBlobAuditingPolicy, { ...toStorage, retentionDays: 90 }) },
        { name: "unset: retentionDays defaults to 0, kept indefinitely", resource: resource(ServerBlobAuditingPolicy, toStorage) },
        { name: "to Azure Monitor only: retention is the workspace's", resource: resource(ExtendedServerBlobAuditingPolicy, { ...base, isAzureMonitorTargetEnabled: true, retentionDays: 7 }) },
        { name: "auditing disabled", resource: resource(ServerBlobAuditingPolicy, { ...toStorage, state: "Disabled", retentionDays: 7 }) },
        { name: "storage endpoint unknown at preview, 120 days", resource: resource(ServerBlobAuditingPolicy, { ...base, storageEndpoint: unknown(), retentionDays: 120 }) },
    ],
    invalid: [
        {
            name: "to storage, 30 days",
            resource: resource(ExtendedServerBlobAuditingPolicy, { ...toStorage, retentionDays: 30 }),
            messages: ["retentionTooShort"],
        },
        {
            name: "storage endpoint unknown at preview, 7 days",
            resource: resource(ServerBlobAuditingPolicy, { ...base, storageEndpoint: unknown(), retentionDays: 7 }),
            messages: ["retentionTooShort"],
        },
        {
            name: "100 days with minimumDays raised to 365",
            config: { minimumDays: 365 },
            resource: resource(ServerBlobAuditingPolicy, { ...toStorage, retentionDays: 100 }),
            messages: ["retentionTooShort"],
        },
    ],
    undecided: [
        { name: "retention days from another resource", resource: resource(ServerBlobAuditingPolicy, { ...toStorage, retentionDays: unknown() }) },
    ],
});
