import { FlowLog } from "@pulumi/azure-native/network";
import policy from "../../../policies/monitoring-and-logging/flow-log-traffic-analytics";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = {
    resourceGroupName: "NetworkWatcherRG", networkWatcherName: "NetworkWatcher_westeurope",
    storageId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stlogs",
    targetResourceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet",
};
const nsgTarget = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg";
const workspaceResourceId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const analytics = (config: object) => ({ flowAnalyticsConfiguration: { networkWatcherFlowAnalyticsConfiguration: config } });

testResourcePolicy(policy, {
    valid: [
        {
            name: "virtual network flow log with traffic analytics",
            resource: resource(FlowLog, { ...base, ...analytics({ enabled: true, workspaceResourceId, workspaceId: "00000000-0000-0000-0000-000000000000", workspaceRegion: "westeurope", trafficAnalyticsInterval: 10 }) }),
        },
        {
            name: "NSG flow log with traffic analytics, workspace from another resource",
            resource: resource(FlowLog, { ...base, targetResourceId: nsgTarget, ...analytics({ enabled: true, workspaceResourceId: unknown() }) }),
        },
    ],
    invalid: [
        { name: "unset: traffic analytics off", resource: resource(FlowLog, base), messages: ["trafficAnalyticsOff"] },
        {
            name: "traffic analytics disabled",
            resource: resource(FlowLog, { ...base, ...analytics({ enabled: false, workspaceResourceId }) }),
            messages: ["trafficAnalyticsOff"],
        },
        {
            name: "enabled without a workspace",
            resource: resource(FlowLog, { ...base, targetResourceId: nsgTarget, ...analytics({ enabled: true }) }),
            messages: ["noWorkspace"],
        },
    ],
    undecided: [
        { name: "enabled from config", resource: resource(FlowLog, { ...base, ...analytics({ enabled: unknown(), workspaceResourceId }) }) },
    ],
});
