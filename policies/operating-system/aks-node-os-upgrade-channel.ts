import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";
import { sameText } from "../../lib/kit/values";

export default resourcePolicy({
    name: "aks-node-os-upgrade-channel",
    description: "AKS clusters have their node OS patched by AKS (nodeOSUpgradeChannel NodeImage or SecurityPatch, NodeImage when unset).",
    area: "operating-system",
    severity: "high",
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set autoUpgradeProfile.nodeOSUpgradeChannel to NodeImage or SecurityPatch instead of None or " +
        "Unmanaged, or leave it unset (NodeImage); add a maintenance configuration to choose when it runs.",
    resources: [catalog.managedCluster],
    check: (cluster, ctx) => {
        const channel = cluster.autoUpgradeProfile?.nodeOSUpgradeChannel;
        if (sameText(channel, "None")) {
            ctx.report("autoUpgradeProfile.nodeOSUpgradeChannel is None, so node OS security updates are never " +
                "applied: set it to NodeImage or SecurityPatch.");
        } else if (sameText(channel, "Unmanaged")) {
            ctx.report("autoUpgradeProfile.nodeOSUpgradeChannel is Unmanaged, so AKS leaves patching to the OS " +
                "(none at all on Windows nodes, no reboots or node image refresh on Linux): set it to NodeImage or " +
                "SecurityPatch.");
        }
    },
});
