import { option, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "backup-vault-immutability-enabled",
    description: "Backup vaults and Recovery Services vaults are immutable, so recovery points cannot be deleted or " +
        "their retention shortened before they expire.",
    area: "data-protection",
    // Low: soft delete (on by default) already keeps deleted backups recoverable; immutability adds protection
    // against an attacker with vault rights who shortens retention or deletes recovery points.
    severity: "low",
    frameworks: { mcsb: ["BR-2"] },
    remediation: "Set properties.securitySettings.immutabilitySettings.state to Unlocked (can still be turned off) or " +
        "Locked (cannot), on a dataprotection BackupVault or a recoveryservices Vault. It defaults to Disabled.",
    messages: {
        immutabilityOff: "properties.securitySettings.immutabilitySettings.state is not Unlocked or Locked (unset means Disabled), so recovery points can be deleted or their retention shortened: set it to Unlocked or Locked.",
        notLocked: "properties.securitySettings.immutabilitySettings.state is not Locked, and this policy's config requires locked immutability (an unlocked vault's immutability can be turned off): set it to Locked.",
    },
    config: {
        requireLocked: option.boolean({
            default: false,
            description: "Require Locked immutability, which cannot be turned off again. Off by default: Unlocked " +
                "already blocks deleting recovery points early, and locking is irreversible, so it is a decision " +
                "for the vault's owners.",
        }),
    },
    check: {
        backupVault: (vault, ctx) => {
            // Default: unset immutability is Disabled. Source:
            // https://learn.microsoft.com/azure/backup/backup-azure-immutable-vault-concept (immutability is off until
            // enabled on the vault)
            judge(vault.properties?.securitySettings?.immutabilitySettings?.state, ctx);
        },
        recoveryServicesVault: (vault, ctx) => {
            judge(vault.properties?.securitySettings?.immutabilitySettings?.state, ctx);
        },
    },
});

function judge(state: unknown, ctx: { config: { requireLocked: boolean }; report(id: "immutabilityOff" | "notLocked"): void }): void {
    if (sameText(state, "Locked")) {
        return;
    }
    if (!sameText(state, "Unlocked")) {
        ctx.report("immutabilityOff");
    } else if (ctx.config.requireLocked) {
        ctx.report("notLocked");
    }
}
