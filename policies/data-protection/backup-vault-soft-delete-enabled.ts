import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "backup-vault-soft-delete-enabled",
    description: "Backup vaults and Recovery Services vaults keep soft delete on, so deleted backup data stays " +
        "recoverable for the retention period.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["BR-2"] },
    remediation: "Leave soft delete at its default (on) or set it on: for a dataprotection BackupVault, " +
        "properties.securitySettings.softDeleteSettings.state On or AlwaysOn (AlwaysOn cannot be turned off again); " +
        "for a recoveryservices Vault, properties.securitySettings.softDeleteSettings.softDeleteState Enabled or " +
        "AlwaysON. Do not set them to Off or Disabled.",
    messages: {
        softDeleteOff: "properties.securitySettings.softDeleteSettings.state is Off, so deleted backup data is destroyed at once: set it to On or AlwaysOn, or leave it unset (on by default).",
        recoverySoftDeleteOff: "properties.securitySettings.softDeleteSettings.softDeleteState is Disabled, so deleted backup data is destroyed at once: set it to Enabled or AlwaysON, or leave it unset (on by default).",
    },
    // Default: soft delete is on unless turned off, with 14 days' retention. Source (Recovery Services vaults):
    // https://learn.microsoft.com/azure/backup/soft-delete-azure-backup-faq ("enabled by default for all the Recovery
    // Services vaults"); (both vault kinds) https://learn.microsoft.com/azure/backup/backup-azure-enhanced-soft-delete-about
    // and https://learn.microsoft.com/azure/backup/secure-by-default. Only an explicit Off or Disabled is flagged,
    // so the verdict does not rest on the default.
    // On, not AlwaysOn: AlwaysOn cannot be turned off again.
    fix: {
        backupVault: [{ path: "properties.securitySettings.softDeleteSettings.state", value: "On" }],
        recoveryServicesVault: [{ path: "properties.securitySettings.softDeleteSettings.softDeleteState", value: "Enabled" }],
    },
    check: {
        backupVault: (vault, ctx) => {
            if (sameText(vault.properties?.securitySettings?.softDeleteSettings?.state, "Off")) {
                ctx.report("softDeleteOff");
            }
        },
        recoveryServicesVault: (vault, ctx) => {
            if (sameText(vault.properties?.securitySettings?.softDeleteSettings?.softDeleteState, "Disabled")) {
                ctx.report("recoverySoftDeleteOff");
            }
        },
    },
});
