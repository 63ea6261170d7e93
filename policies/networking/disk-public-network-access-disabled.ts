import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "disk-public-network-access-disabled",
    description: "Managed disks cannot be exported or uploaded over the Internet: public network access is " +
        "disabled or the network access policy is DenyAll or AllowPrivate.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set networkAccessPolicy to DenyAll, or to AllowPrivate with diskAccessId naming a DiskAccess " +
        "with a private endpoint; or set publicNetworkAccess to Disabled. networkAccessPolicy defaults to AllowAll.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        networkAccessAllowAll: "networkAccessPolicy is AllowAll or unset (AllowAll by default), so SAS export and upload URLs work from the Internet: set it to DenyAll or AllowPrivate, or set publicNetworkAccess to Disabled.",
    },
    check: {
        disk: (disk, ctx) => {
            if (sameText(disk.publicNetworkAccess, "Disabled")) {
                return;
            }
            // Default: unset networkAccessPolicy is AllowAll, so a SAS export or upload URL works from any network.
            // Source: https://learn.microsoft.com/azure/virtual-machines/disks-restrict-import-export-overview (DenyAll
            // must be set).
            const policy = disk.networkAccessPolicy;
            if (!sameText(policy, "DenyAll") && !sameText(policy, "AllowPrivate")) {
                ctx.report("networkAccessAllowAll");
            }
        },
    },
});
