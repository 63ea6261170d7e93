import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-upgrade-channel",
    description: "AKS clusters take Kubernetes patch releases automatically: autoUpgradeProfile.upgradeChannel is patch, stable or rapid.",
    area: "applications",
    severity: "medium",
    // PV-6: Kubernetes patch releases carry the CVE fixes; the channel applies them without waiting for someone.
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set autoUpgradeProfile.upgradeChannel to patch (or stable); unset means none, and node-image " +
        "only refreshes node images (nodeOSUpgradeChannel does that now). Pair it with a maintenance configuration " +
        "to choose when upgrades run.",
    noFix: "automatic upgrades and patches restart nodes or machines on Azure's schedule; choosing the channel and the maintenance window is yours",
    messages: {
        channelUnset: "autoUpgradeProfile.upgradeChannel is unset, so it defaults to none and the cluster never takes Kubernetes patch releases by itself: set it to patch or stable.",
        channelNone: "autoUpgradeProfile.upgradeChannel is none, so the cluster never takes Kubernetes patch releases by itself: set it to patch or stable.",
        channelNodeImage: "autoUpgradeProfile.upgradeChannel is node-image, which refreshes node images but never the Kubernetes version: set it to patch or stable (and nodeOSUpgradeChannel to NodeImage).",
    },
    check: {
        managedCluster: (cluster, ctx) => {
            // Default: unset upgradeChannel is none (no automatic Kubernetes upgrades). Source: REST spec
            // Microsoft.ContainerService 2025-09-01, ManagedClusterAutoUpgradeProfile.upgradeChannel ("The default is
            // 'none'"), as in azure-native 3.28's docs.
            const channel = cluster.autoUpgradeProfile?.upgradeChannel;
            if (channel === undefined || channel === null) {
                ctx.report("channelUnset");
            } else if (sameText(channel, "none")) {
                ctx.report("channelNone");
            } else if (sameText(channel, "node-image")) {
                ctx.report("channelNodeImage");
            }
        },
    },
});
