import { option, resourcePolicy, sameText } from "../../lib/kit";

/** A Key Vault key named in full: keySource Microsoft.Keyvault with the key's name and vault URI. */
function vaultKey(keySource: unknown, keyName: unknown, keyVaultUri: unknown): boolean {
    return sameText(keySource, "Microsoft.Keyvault") && !!keyName && !!keyVaultUri;
}

export default resourcePolicy({
    name: "databricks-customer-managed-key",
    description: "Azure Databricks workspaces harden encryption at rest: a customer-managed key, or infrastructure " +
        "(double) encryption of the workspace storage, as configured by `require`.",
    area: "data-protection",
    // Low: the data is encrypted at rest with Microsoft-managed keys either way; a customer-managed key adds control
    // over the key (revocation, rotation, audit), which CIS 2.1.8 asks for critical data only.
    severity: "low",
    frameworks: {
        // Full with require: customer-managed-key, CIS 2.1.8's reading. The default (either) differs, for the reason
        // the option gives.
        mcsb: ["DP-5"], cis: ["2.1.8"],
    },
    remediation: "On a Premium workspace, set encryption.entities.managedServices to { keySource: \"Microsoft.Keyvault\", " +
        "keyVaultProperties: { keyVaultUri, keyName, keyVersion } } (notebooks, secrets, queries) and, for a Hybrid " +
        "workspace, parameters.encryption.value to { keySource: \"Microsoft.Keyvault\", keyVaultUri, keyName } (the " +
        "workspace storage, DBFS root; needs parameters.prepareEncryption); encryption.entities.managedDisk puts " +
        "cluster disks under a key too. Or, with the default require (either), set " +
        "parameters.requireInfrastructureEncryption.value to true when creating the workspace. Unset means " +
        "Microsoft-managed keys and a single layer of encryption.",
    noFix: "it needs a key in a Key Vault and an identity allowed to use it: other resources, not a property change",
    messages: {
        notHardened: "Encryption at rest is neither under a customer-managed key nor doubled: set parameters.requireInfrastructureEncryption.value to true when creating the workspace, or put its data under a Key Vault key (encryption.entities.managedServices, parameters.encryption).",
        managedServicesKeyMissing: "encryption.entities.managedServices does not use a customer-managed key, so notebooks, secrets and queries are encrypted with Microsoft-managed keys: set keySource to Microsoft.Keyvault with keyVaultProperties.",
        workspaceStorageKeyMissing: "parameters.encryption.value does not use a customer-managed key (unset means keySource Default), so the workspace storage (DBFS root) is encrypted with Microsoft-managed keys: set keySource to Microsoft.Keyvault with keyVaultUri and keyName.",
    },
    config: {
        require: option.oneOf(["customer-managed-key", "either"], {
            default: "either",
            description: "customer-managed-key: managed services and, in a Hybrid workspace, the workspace storage use " +
                "a customer-managed key, as CIS 2.1.8 reads. either: a customer-managed key anywhere in the workspace, " +
                "or infrastructure encryption of its storage. Not the default: a customer-managed key needs the Premium " +
                "tier, a key vault with purge protection, access for the Databricks identities and key rotation to " +
                "run, and a lost or disabled key locks the workspace data away; CIS asks it for critical data only, " +
                "and Microsoft-managed keys with infrastructure encryption suit many workspaces.",
        }),
    },
    check: {
        databricksWorkspace: (workspace, ctx) => {
            // Default: Microsoft-managed keys for everything and no infrastructure encryption. Source: REST spec
            // Microsoft.Databricks 2026-01-01 (azure-native 3.28): parameters.encryption.value.keySource defaults to
            // Default (encryptionArgsProvideDefaults), encryption is optional, requireInfrastructureEncryption is
            // off unless set; https://learn.microsoft.com/azure/databricks/security/keys/customer-managed-keys
            // (customer-managed keys are opt-in, Premium only, for managed services, DBFS root and managed disks).
            const managedServices = () => {
                const e = workspace.encryption?.entities?.managedServices;
                return vaultKey(e?.keySource, e?.keyVaultProperties?.keyName, e?.keyVaultProperties?.keyVaultUri);
            };
            const managedDisk = () => {
                const e = workspace.encryption?.entities?.managedDisk;
                return vaultKey(e?.keySource, e?.keyVaultProperties?.keyName, e?.keyVaultProperties?.keyVaultUri);
            };
            const storage = () => {
                const v = workspace.parameters?.encryption?.value;
                return vaultKey(v?.keySource, v?.keyName, v?.keyVaultUri);
            };
            // A Serverless workspace has no workspace storage or cluster disks of its own to encrypt (the API rejects
            // parameters.encryption, managedDisk and requireInfrastructureEncryption there). Unset means Hybrid.
            const serverless = () => sameText(workspace.computeMode, "Serverless");
            if (ctx.config.require === "customer-managed-key") {
                if (!managedServices()) {
                    ctx.report("managedServicesKeyMissing");
                }
                if (!serverless() && !storage()) {
                    ctx.report("workspaceStorageKeyMissing");
                }
                return;
            }
            // either: the workspace storage is doubled, or some of the workspace's data is under a customer's key.
            if (serverless()) {
                return;
            }
            const infrastructure = workspace.parameters?.requireInfrastructureEncryption?.value === true;
            if (!infrastructure && !storage() && !managedServices() && !managedDisk()) {
                ctx.report("notHardened");
            }
        },
    },
});
