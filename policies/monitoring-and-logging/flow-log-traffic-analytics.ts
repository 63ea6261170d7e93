import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "flow-log-traffic-analytics",
    description: "Network Watcher flow logs (NSG and virtual network) also send their records to a Log Analytics " +
        "workspace through traffic analytics.",
    area: "monitoring-and-logging",
    severity: "low",
    frameworks: { mcsb: ["LT-4", "LT-5"], cis: ["6.1.1.5", "6.1.1.6"] },
    remediation: "Set flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration to { enabled: true, " +
        "workspaceResourceId: <the workspace's id>, workspaceId: <its customer id>, workspaceRegion: <its location>, " +
        "trafficAnalyticsInterval: 10 }.",
    messages: {
        trafficAnalyticsOff: "flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.enabled is not true (unset means off), so the flow log's records stay in the storage account and never reach Log Analytics: enable traffic analytics with a workspace.",
        noWorkspace: "flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration names no Log Analytics workspace: set workspaceResourceId (and workspaceId, workspaceRegion).",
    },
    check: {
        flowLog: (flowLog, ctx) => {
            // Default: traffic analytics is off unless flowAnalyticsConfiguration enables it; the flow log itself only
            // writes to storageId. Source: https://learn.microsoft.com/azure/network-watcher/traffic-analytics (enabled
            // per flow log, with a Log Analytics workspace); REST spec Microsoft.Network 2024-05-01,
            // TrafficAnalyticsConfigurationProperties.enabled declares no default.
            const analytics = flowLog.flowAnalyticsConfiguration?.networkWatcherFlowAnalyticsConfiguration;
            if (analytics?.enabled !== true) {
                ctx.report("trafficAnalyticsOff");
                return;
            }
            // Presence only: a workspace id unknown at preview is still a workspace.
            if (!("workspaceResourceId" in analytics) && !("workspaceId" in analytics)) {
                ctx.report("noWorkspace");
            }
        },
    },
});
