import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-node-os-upgrade-channel",
    description: "AKS clusters have their node OS patched by AKS (nodeOSUpgradeChannel NodeImage or SecurityPatch, NodeImage when unset).",
    area: "operating-system",
    severity: "high",
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set autoUpgradeProfile.nodeOSUpgradeChannel to NodeImage or SecurityPatch instead of None or " +
        "Unmanaged, or leave it unset (NodeImage); add a maintenance configuration to choose when it runs.",
    noFix: "automatic upgrades and patches restart nodes or machines on Azure's schedule; choosing the channel and the maintenance window is yours",
    messages: {
        channelNone: "autoUpgradeProfile.nodeOSUpgradeChannel is None, so node OS security updates are never applied: set it to NodeImage or SecurityPatch.",
        channelUnmanaged: "autoUpgradeProfile.nodeOSUpgradeChannel is Unmanaged, so AKS leaves patching to the OS (none at all on Windows nodes, no reboots or node image refresh on Linux): set it to NodeImage or SecurityPatch.",
    },
    check: {
        managedCluster: (cluster, ctx) => {
            // Default: unset nodeOSUpgradeChannel is NodeImage for clusters created with API 2023-06-01 or later.
            // Source: https://learn.microsoft.com/azure/aks/auto-upgrade-node-image
            const channel = cluster.autoUpgradeProfile?.nodeOSUpgradeChannel;
            if (sameText(channel, "None")) {
                ctx.report("channelNone");
            } else if (sameText(channel, "Unmanaged")) {
                ctx.report("channelUnmanaged");
            }
        },
    },
});
