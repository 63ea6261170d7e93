import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "file-share-nfs-root-squash",
    description: "NFS file shares squash root: the root user of a client does not act as root on the share.",
    area: "identity-and-access",
    // Medium: NFS shares are reachable only from allowed networks, but any root on any such client owns every file.
    severity: "medium",
    frameworks: { mcsb: ["PA-7"] },
    remediation: "Set rootSquash to RootSquash (root maps to the anonymous user) or AllSquash (every user does) " +
        "instead of NoRootSquash. Unset means NoRootSquash for an NFS share. SMB shares take no rootSquash; their " +
        "settings are on the account's file service properties.",
    noFix: "NFS clients that rely on root access to the share would lose it",
    messages: {
        rootNotSquashed: "The share serves NFS and rootSquash is not RootSquash or AllSquash (unset means NoRootSquash), so root on any client that can mount it has root access to every file: set rootSquash to RootSquash or AllSquash.",
    },
    check: {
        fileShare: (share, ctx) => {
            // Default: unset enabledProtocols is SMB, which has no root squash. Source: REST spec Microsoft.Storage
            // 2024-01-01, FileShareProperties.enabledProtocols ("The default is SMB") and rootSquash ("for NFS
            // share only. The default is NoRootSquash").
            if (!sameText(share.enabledProtocols, "NFS")) {
                return;
            }
            if (!sameText(share.rootSquash, "RootSquash") && !sameText(share.rootSquash, "AllSquash")) {
                ctx.report("rootNotSquashed");
            }
        },
    },
});
