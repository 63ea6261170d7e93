import { FlowLog } from "@pulumi/azure-native/network";
import policy from "../../../policies/monitoring-and-logging/flow-log-enabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = {
    resourceGroupName: "NetworkWatcherRG", networkWatcherName: "NetworkWatcher_westeurope",
    storageId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stlogs",
    targetResourceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet",
};

testResourcePolicy(policy, {
    valid: [
        { name: "enabled, 90 days", resource: resource(FlowLog, { ...base, enabled: true, retentionPolicy: { enabled: true, days: 90 } }) },
        { name: "enabled, kept indefinitely (days 0)", resource: resource(FlowLog, { ...base, enabled: true, retentionPolicy: { enabled: true, days: 0 } }) },
        { name: "unset: no retention policy, records are never deleted", resource: resource(FlowLog, base) },
        { name: "a short policy that is not enabled deletes nothing", resource: resource(FlowLog, { ...base, retentionPolicy: { enabled: false, days: 7 } }) },
        { name: "30 days with minimumDays lowered to 30", config: { minimumDays: 30 }, resource: resource(FlowLog, { ...base, retentionPolicy: { enabled: true, days: 30 } }) },
    ],
    invalid: [
        {
            name: "disabled",
            resource: resource(FlowLog, { ...base, enabled: false }),
            messages: ["flowLogDisabled"],
        },
        {
            name: "7 days of retention",
            resource: resource(FlowLog, { ...base, enabled: true, retentionPolicy: { enabled: true, days: 7 } }),
            messages: ["retentionTooShort"],
        },
        {
            name: "100 days with minimumDays raised to 365",
            config: { minimumDays: 365 },
            resource: resource(FlowLog, { ...base, retentionPolicy: { enabled: true, days: 100 } }),
            messages: ["retentionTooShort"],
        },
    ],
    undecided: [
        { name: "retention days from another resource", resource: resource(FlowLog, { ...base, retentionPolicy: { enabled: true, days: unknown() } }) },
    ],
});
