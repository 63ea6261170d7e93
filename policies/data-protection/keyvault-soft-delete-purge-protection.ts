import { required, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "keyvault-soft-delete-purge-protection",
    description: "Key vaults keep soft delete on and have purge protection enabled, so deleted vaults, keys and " +
        "secrets cannot be destroyed before the retention period ends.",
    area: "data-protection",
    severity: "medium",
    frameworks: {
        mcsb: ["DP-8"], cis: ["8.3.5"],
        azurePolicy: ["0b60c0b2-2dc2-4e1c-b5c9-abbed971de53", "1e66c121-a66a-4b1f-9b83-0fd99bf0fc2d"],
    },
    remediation: "Set properties.enablePurgeProtection to true (it cannot be turned off again) and leave " +
        "properties.enableSoftDelete unset or true: it defaults to true.",
    noFix: "purge protection cannot be turned off once on, and keeps a deleted vault's name taken until its retention ends: a decision to make, not a fix to apply",
    messages: {
        softDeleteOff: "properties.enableSoftDelete is false: set it to true or leave it unset (default true).",
        purgeProtectionOff: "properties.enablePurgeProtection is not enabled, so deleted keys and secrets can be purged at once: set it to true.",
    },
    check: {
        keyVault: (vault, ctx) => {
            const props = required(vault.properties, "properties");
            // A recovered vault takes its settings from the deleted vault, not from these inputs (Azure Policy's
            // built-in check skips it for the same reason).
            if (sameText(props.createMode, "recover")) {
                return;
            }
            // Default: unset enableSoftDelete is true on create, unset enablePurgeProtection is off. Source: REST spec
            // Microsoft.KeyVault 2024-11-01, VaultProperties (azure-native 3.28 fills enableSoftDelete: true in).
            if (props.enableSoftDelete === false) {
                ctx.report("softDeleteOff");
            }
            if (props.enablePurgeProtection !== true) {
                ctx.report("purgeProtectionOff");
            }
        },
    },
});
