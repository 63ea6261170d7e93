import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-monitoring-enabled",
    description: "AKS clusters send container logs and metrics to Azure Monitor: the Container insights add-on " +
        "(addonProfiles.omsagent) or Managed Prometheus (azureMonitorProfile.metrics) is enabled.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-3"] },
    remediation: "Set addonProfiles: { omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: " +
        "workspace.id } } } for Container insights, or azureMonitorProfile: { metrics: { enabled: true } }. " +
        "Both are off when unset.",
    messages: {
        monitoringOff: "Neither Container insights (addonProfiles.omsagent) nor Managed Prometheus (azureMonitorProfile.metrics) is enabled, so the cluster's workloads are not monitored: set addonProfiles.omsagent.enabled to true with a Log Analytics workspace.",
    },
    check: {
        managedCluster: (cluster, ctx) => {
            // Default: neither Managed Prometheus nor Container insights runs unless enabled. Source:
            // https://learn.microsoft.com/azure/azure-monitor/containers/kubernetes-monitoring-enable (both are enabled
            // on request).
            if (cluster.azureMonitorProfile?.metrics?.enabled === true) {
                return;
            }
            // Add-on keys are case-insensitive in the API ("omsagent", "omsAgent").
            const addons = cluster.addonProfiles ?? {};
            const key = Object.keys(addons).find((k) => k.toLowerCase() === "omsagent");
            if (key === undefined || addons[key]?.enabled !== true) {
                ctx.report("monitoringOff");
            }
        },
    },
});
