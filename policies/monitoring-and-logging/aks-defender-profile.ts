import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-defender-profile",
    description: "AKS clusters run the Microsoft Defender for Containers sensor: " +
        "securityProfile.defender.securityMonitoring.enabled is true.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-1", "LT-2"], azurePolicy: ["a1840de2-8088-4ea8-b153-b4c723e9cb01"] },
    remediation: "Set securityProfile: { defender: { securityMonitoring: { enabled: true }, " +
        "logAnalyticsWorkspaceResourceId: workspace.id } }. Unset means off: no runtime threat detection on the nodes.",
    messages: {
        defenderOff: "securityProfile.defender.securityMonitoring.enabled is not true (unset means false), so Defender for Containers does not watch the cluster for threats: set it to true with a Log Analytics workspace.",
    },
    check: {
        managedCluster: (cluster, ctx) => {
            // Default: the Defender sensor runs only when securityMonitoring.enabled is true. Source:
            // https://learn.microsoft.com/azure/defender-for-cloud/defender-for-containers-enable (the sensor is
            // deployed on request).
            if (cluster.securityProfile?.defender?.securityMonitoring?.enabled !== true) {
                ctx.report("defenderOff");
            }
        },
    },
});
