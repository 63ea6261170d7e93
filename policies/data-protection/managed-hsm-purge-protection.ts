import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "managed-hsm-purge-protection",
    description: "Managed HSM pools have purge protection enabled, so deleted pools and keys cannot be destroyed before " +
        "their soft-delete retention ends.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-8"] },
    remediation: "Set properties.enablePurgeProtection to true (it cannot be turned off again). Soft delete is always " +
        "on for Managed HSM; purge protection is off unless set.",
    noFix: "purge protection cannot be turned off once on, and keeps a deleted pool's name taken until its retention ends: a decision to make, not a fix to apply",
    messages: {
        purgeProtectionOff: "properties.enablePurgeProtection is not true (unset means off), so a deleted pool or key can be purged at once, destroying every key it holds: set it to true.",
    },
    check: {
        managedHsm: (hsm, ctx) => {
            const props = hsm.properties;
            // A recovered pool takes its settings from the deleted pool, not from these inputs.
            if (sameText(props?.createMode, "recover")) {
                return;
            }
            // Default: unset enablePurgeProtection is off; soft delete is on and immutable. Source: REST spec
            // Microsoft.KeyVault 2023-07-01, ManagedHsmProperties (azure-native 3.28 docs of enableSoftDelete and
            // enablePurgeProtection); https://learn.microsoft.com/azure/key-vault/managed-hsm/recovery
            if (props?.enablePurgeProtection !== true) {
                ctx.report("purgeProtectionOff");
            }
        },
    },
});
