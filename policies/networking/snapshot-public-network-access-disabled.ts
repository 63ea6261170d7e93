import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "snapshot-public-network-access-disabled",
    description: "Managed disk snapshots cannot be exported or uploaded over the Internet: public network access is " +
        "disabled or the network access policy is DenyAll or AllowPrivate.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set networkAccessPolicy to DenyAll, or to AllowPrivate with diskAccessId naming a DiskAccess " +
        "with a private endpoint; or set publicNetworkAccess to Disabled. networkAccessPolicy defaults to AllowAll.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        networkAccessAllowAll: "networkAccessPolicy is AllowAll or unset (AllowAll by default), so a SAS export URL for the snapshot works from the Internet: set it to DenyAll or AllowPrivate, or set publicNetworkAccess to Disabled.",
    },
    check: {
        // The snapshot twin of disk-public-network-access-disabled: a snapshot holds the same data as its disk and
        // is exported the same way (grant access, a SAS URL), so it needs the same restriction.
        snapshot: (snapshot, ctx) => {
            if (sameText(snapshot.publicNetworkAccess, "Disabled")) {
                return;
            }
            // Default: unset networkAccessPolicy is AllowAll, as for disks. Source:
            // https://learn.microsoft.com/azure/virtual-machines/disks-restrict-import-export-overview (disks and
            // snapshots; DenyAll must be set)
            const policy = snapshot.networkAccessPolicy;
            if (!sameText(policy, "DenyAll") && !sameText(policy, "AllowPrivate")) {
                ctx.report("networkAccessAllowAll");
            }
        },
    },
});
