import { DiagnosticSetting } from "@pulumi/azure-native/monitor";
import policy from "../../../policies/monitoring-and-logging/diagnostic-setting-has-destination";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const uri = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-app";
const allLogs = [{ categoryGroup: "allLogs", enabled: true }];

testResourcePolicy(policy, {
    valid: [
        { name: "a null log entry is skipped", resource: resource(DiagnosticSetting, { resourceUri: uri, workspaceId: "ws", logs: [untyped(null), ...allLogs] }) },
        { name: "logs to a workspace whose id is unknown at preview", resource: resource(DiagnosticSetting, { resourceUri: uri, workspaceId: unknown(), logs: allLogs }) },
        { name: "metrics only, to storage (a storage account itself has no log categories)", resource: resource(DiagnosticSetting, { resourceUri: uri, storageAccountId: "st-id", metrics: [{ category: "Transaction", enabled: true }] }) },
        { name: "one of several categories enabled, to an event hub", resource: resource(DiagnosticSetting, { resourceUri: uri, eventHubAuthorizationRuleId: "rule-id", logs: [{ category: "AuditEvent", enabled: false }, { category: "AzurePolicyEvaluationDetails", enabled: true }] }) },
    ],
    invalid: [
        {
            name: "no destination",
            resource: resource(DiagnosticSetting, { resourceUri: uri, logs: allLogs }),
            messages: ["noDestination"],
        },
        {
            name: "a destination but every category disabled",
            resource: resource(DiagnosticSetting, { resourceUri: uri, workspaceId: "law-id", logs: [{ categoryGroup: "allLogs", enabled: false }], metrics: [{ category: "AllMetrics", enabled: false }] }),
            messages: ["noCategoryEnabled"],
        },
        {
            name: "unset: no destination and no categories",
            resource: resource(DiagnosticSetting, { resourceUri: uri }),
            messages: ["noDestination", "noCategoryEnabled"],
        },
    ],
    undecided: [
        { name: "the only log switch comes from another resource", resource: resource(DiagnosticSetting, { resourceUri: uri, workspaceId: "law-id", logs: [{ categoryGroup: "allLogs", enabled: unknown() }] }) },
    ],
});
