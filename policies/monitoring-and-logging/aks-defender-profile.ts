import { notTrue } from "../../lib/kit/checks/flags";
import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "aks-defender-profile",
    description: "AKS clusters run the Microsoft Defender for Containers sensor: " +
        "securityProfile.defender.securityMonitoring.enabled is true.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-1", "LT-2"] },
    remediation: "Set securityProfile: { defender: { securityMonitoring: { enabled: true }, " +
        "logAnalyticsWorkspaceResourceId: workspace.id } }. Unset means off: no runtime threat detection on the nodes.",
    resources: [catalog.managedCluster],
    check: (cluster, ctx) => {
        const enabled = cluster.securityProfile?.defender?.securityMonitoring?.enabled;
        if (enabled !== true) {
            ctx.report(`securityProfile.defender.securityMonitoring.enabled ${notTrue(enabled)}, so Defender for ` +
                "Containers does not watch the cluster for threats: set it to true with a Log Analytics workspace.");
        }
    },
});
