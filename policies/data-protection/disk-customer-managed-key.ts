import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "disk-customer-managed-key",
    description: "Managed disks are encrypted at rest with a customer-managed key through a disk encryption set.",
    area: "data-protection",
    // Low: every managed disk is already encrypted at rest with platform keys; this adds key ownership.
    severity: "low",
    frameworks: { mcsb: ["DP-5"] },
    remediation: "Set encryption.diskEncryptionSetId to a compute.DiskEncryptionSet and encryption.type to " +
        "EncryptionAtRestWithCustomerKey or EncryptionAtRestWithPlatformAndCustomerKeys (for confidential VM OS " +
        "disks, securityProfile.securityType ConfidentialVM_DiskEncryptedWithCustomerKey with " +
        "secureVMDiskEncryptionSetId). Unset encryption means platform-managed keys.",
    noFix: "it needs a key in a Key Vault and an identity allowed to use it: other resources, not a property change",
    messages: {
        platformKeyType: "encryption.type selects platform-managed keys: set it to a customer-key type and set encryption.diskEncryptionSetId.",
        noEncryptionSet: "encryption.diskEncryptionSetId is not set, so the disk uses platform-managed keys: set it to a disk encryption set holding your key.",
    },
    check: {
        disk: (disk, ctx) => {
            if (sameText(disk.securityProfile?.securityType, "ConfidentialVM_DiskEncryptedWithCustomerKey")) {
                return; // the confidential disk encryption set carries the customer key
            }
            // Default: unset encryption is EncryptionAtRestWithPlatformKey (platform-managed keys). Source: REST spec
            // Microsoft.Compute 2024-03-02 (DiskRP), EncryptionType "It is the default encryption type" (azure-native
            // 3.28 enum docs).
            const encryption = disk.encryption;
            if (sameText(encryption?.type, "EncryptionAtRestWithPlatformKey")) {
                ctx.report("platformKeyType");
            } else if (!encryption?.diskEncryptionSetId) {
                // With a disk encryption set and no type, the type follows the set, which only holds customer keys.
                ctx.report("noEncryptionSet");
            }
        },
    },
});
