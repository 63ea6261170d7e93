import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "automation-account-customer-managed-key",
    description: "Automation accounts encrypt their assets (credentials, certificates, variables, runbooks) with a " +
        "customer-managed key in Key Vault.",
    area: "data-protection",
    // Low: every account is already encrypted at rest with Microsoft-managed keys; this adds key ownership.
    severity: "low",
    frameworks: { mcsb: ["DP-5"] },
    remediation: "Set encryption: { keySource: \"Microsoft.Keyvault\", keyVaultProperties: { keyvaultUri, keyName }, " +
        "identity: { userAssignedIdentity } } (or a system-assigned identity with access to the key). Unset " +
        "encryption means Microsoft-managed keys (keySource Microsoft.Automation).",
    noFix: "it needs a key in a Key Vault and an identity allowed to use it: other resources, not a property change",
    messages: {
        microsoftManagedKey: "encryption.keySource is not Microsoft.Keyvault (unset means Microsoft.Automation, Microsoft-managed keys): set it to Microsoft.Keyvault with encryption.keyVaultProperties naming your key.",
    },
    check: {
        automationAccount: (account, ctx) => {
            // Default: unset encryption uses Microsoft-managed keys. Source:
            // https://learn.microsoft.com/azure/automation/automation-secure-asset-encryption
            if (!sameText(account.encryption?.keySource, "Microsoft.Keyvault")) {
                ctx.report("microsoftManagedKey");
            }
        },
    },
});
