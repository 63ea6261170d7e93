import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "disk-encryption-set-key-rotation",
    description: "Disk encryption sets follow the latest version of their Key Vault key, so a rotated key reaches " +
        "the disks and snapshots they encrypt.",
    area: "data-protection",
    // Low: the data stays encrypted with the customer's key either way; this only keeps rotation effective.
    severity: "low",
    frameworks: { mcsb: ["DP-6"] },
    remediation: "Set rotationToLatestKeyVersionEnabled to true (and give the key a rotation policy in Key Vault). " +
        "Unset means false: the set keeps using the key version in activeKey.keyUrl until it is changed by hand.",
    messages: {
        rotationOff: "rotationToLatestKeyVersionEnabled is not true (unset means false), so the set keeps encrypting with one key version and rotating the key in Key Vault does not reach the disks: set it to true.",
    },
    check: {
        diskEncryptionSet: (set, ctx) => {
            // Default: unset rotationToLatestKeyVersionEnabled is false. Source:
            // https://learn.microsoft.com/azure/virtual-machines/disk-encryption#automatic-key-rotation-of-customer-managed-keys
            // (automatic key rotation is opt-in per disk encryption set)
            if (set.rotationToLatestKeyVersionEnabled !== true) {
                ctx.report("rotationOff");
            }
        },
    },
});
