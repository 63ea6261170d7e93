import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "file-smb-channel-encryption",
    description: "File services encrypt SMB channels with AES-256-GCM only (protocolSettings.smb.channelEncryption).",
    area: "data-protection",
    // Low: the AES-128 ciphers Azure Files also offers are not broken; AES-256-GCM is the stronger margin.
    severity: "low",
    frameworks: { mcsb: ["DP-3"], cis: ["9.1.3"] },
    remediation: "Set protocolSettings.smb.channelEncryption to \"AES-256-GCM\" on the storage.FileServiceProperties. " +
        "Unset means AES-128-CCM;AES-128-GCM;AES-256-GCM. Clients must support AES-256-GCM (Windows 11, Windows " +
        "Server 2022 or later).",
    noFix: "clients that support only older SMB ciphers would no longer connect",
    messages: {
        allCiphers: "protocolSettings.smb.channelEncryption is not set, so the AES-128 ciphers are accepted too: set it to AES-256-GCM.",
        weakerCipher: "protocolSettings.smb.channelEncryption allows a cipher other than AES-256-GCM: set it to AES-256-GCM only.",
    },
    check: {
        fileServiceProperties: (service, ctx) => {
            // Default: AES-128-CCM, AES-128-GCM and AES-256-GCM are all accepted. Source:
            // https://learn.microsoft.com/azure/storage/files/files-smb-protocol (SMB security settings; the defaults
            // for a null channelEncryption are AES-128-CCM;AES-128-GCM;AES-256-GCM).
            const ciphers = service.protocolSettings?.smb?.channelEncryption;
            if (typeof ciphers !== "string") {
                ctx.report("allCiphers");
                return;
            }
            // A ';'-separated list; a ',' is tolerated. An empty list accepts no cipher that this policy asks for.
            const listed = ciphers.split(/[;,]/).map((c) => c.trim().toLowerCase()).filter((c) => c !== "");
            if (listed.length === 0 || listed.some((c) => c !== "aes-256-gcm")) {
                ctx.report("weakerCipher");
            }
        },
    },
});
