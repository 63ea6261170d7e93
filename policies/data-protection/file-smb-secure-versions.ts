import { resourcePolicy } from "../../lib/kit";

/** Is an SMB version name ("SMB3.0", "SMB3.1.1") older than SMB 3.1.1? Names it cannot read are left alone. */
function olderThan311(name: string): boolean {
    const m = /^smb\s*(\d+(?:\.\d+)*)$/i.exec(name.trim());
    if (!m) {
        return false;
    }
    const [major = 0, minor = 0, patch = 0] = m[1].split(".").map(Number);
    return major !== 3 ? major < 3 : minor !== 1 ? minor < 1 : patch < 1;
}

export default resourcePolicy({
    name: "file-smb-secure-versions",
    description: "File services accept SMB 3.1.1 only (protocolSettings.smb.versions), not the older SMB 2.1 and 3.0.",
    area: "data-protection",
    // Medium: SMB 3.0 encrypts, but without 3.1.1's pre-authentication integrity, so a downgrade can go unnoticed.
    severity: "medium",
    frameworks: { mcsb: ["DP-3"], cis: ["9.1.2"] },
    remediation: "Set protocolSettings.smb.versions to \"SMB3.1.1\" on the storage.FileServiceProperties. Unset means " +
        "every version Azure Files supports (SMB2.1;SMB3.0;SMB3.1.1). Clients must then speak SMB 3.1.1 (Windows 10 " +
        "and Windows Server 2016 or later, recent Linux kernels).",
    noFix: "clients that speak only older SMB versions would no longer connect",
    messages: {
        allVersions: "protocolSettings.smb.versions is not set, so SMB 2.1 and 3.0 are accepted too (maximum compatibility): set it to SMB3.1.1.",
        olderVersion: "protocolSettings.smb.versions allows a version older than SMB 3.1.1: set it to SMB3.1.1 only.",
    },
    check: {
        fileServiceProperties: (service, ctx) => {
            // Default: all SMB versions are allowed (the "Maximum compatibility" profile; SMB 2.1 only without secure
            // transfer). Source: https://learn.microsoft.com/azure/storage/files/files-smb-protocol (SMB security
            // settings: "By default, all SMB versions are allowed"; null means the defaults are in effect).
            const versions = service.protocolSettings?.smb?.versions;
            if (typeof versions !== "string" || versions.trim() === "") {
                ctx.report("allVersions");
                return;
            }
            // A ';'-separated list; a ',' is tolerated.
            if (versions.split(/[;,]/).some(olderThan311)) {
                ctx.report("olderVersion");
            }
        },
    },
});
