import { option, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-encryption-hardened",
    description: "Storage accounts harden encryption at rest with infrastructure (double) encryption and/or a " +
        "customer-managed key, as configured by `require`.",
    area: "data-protection",
    severity: "medium",
    frameworks: {
        mcsb: ["DP-5"],
        // Full with require: customer-managed-key, which is 6fac406b's reading (keySource Microsoft.Keyvault). The
        // default (either) differs, for the reason the option gives.
        azurePolicy: ["6fac406b-40ca-413b-bf8e-0bf964659c25"],
    },
    remediation: "Set encryption.requireInfrastructureEncryption to true when creating the account, or set " +
        "encryption.keySource to Microsoft.Keyvault with encryption.keyVaultProperties { keyVaultUri, keyName } " +
        "and an identity that can use the key. Config `require` picks which one is needed (default: either). Azure " +
        "Policy's MCSB definition is stricter: it wants the customer-managed key (option require: customer-managed-key).",
    messages: {
        infraEncryptionOff: "encryption.requireInfrastructureEncryption is not true: set it to true (only possible when the account is created) for a second layer of encryption at rest.",
        customerKeyMissing: "The account is not encrypted with a customer-managed key: set encryption.keySource to Microsoft.Keyvault with encryption.keyVaultProperties (keyVaultUri and keyName).",
        notHardened: "Encryption at rest is neither doubled nor under a customer-managed key: set encryption.requireInfrastructureEncryption to true, or encryption.keySource to Microsoft.Keyvault with encryption.keyVaultProperties.",
    },
    config: {
        require: option.oneOf(["infrastructure-encryption", "customer-managed-key", "either"], {
            default: "either",
            description: "Which hardening is required: infrastructure encryption, a customer-managed key, or either one. " +
                "customer-managed-key is MCSB definition 6fac406b's reading. Not the default: a customer-managed key " +
                "brings a key vault, an identity and key rotation to run, and an expired or deleted key locks the data " +
                "away, while infrastructure encryption adds a second layer at rest with nothing to operate; many teams " +
                "rightly choose Microsoft-managed keys with double encryption.",
        }),
    },
    check: {
        storageAccount: (account, ctx) => {
            const required = ctx.config.require;
            // Default: unset keySource is Microsoft.Storage and requireInfrastructureEncryption is off. Source: REST
            // spec Microsoft.Storage 2024-01-01, Encryption (azure-native 3.28: encryptionArgsProvideDefaults) and
            // https://learn.microsoft.com/azure/storage/common/infrastructure-encryption-enable (opt-in at account
            // creation).
            // Unset encryption means Microsoft-managed keys and a single encryption layer: neither hardening.
            const hasInfra = () => account.encryption?.requireInfrastructureEncryption === true;
            const hasCmk = () => {
                const enc = account.encryption;
                const kv = enc?.keyVaultProperties;
                return sameText(enc?.keySource, "Microsoft.Keyvault") && !!kv?.keyVaultUri && !!kv?.keyName;
            };
            if (required === "infrastructure-encryption") {
                if (!hasInfra()) {
                    ctx.report("infraEncryptionOff");
                }
            } else if (required === "customer-managed-key") {
                if (!hasCmk()) {
                    ctx.report("customerKeyMissing");
                }
            } else if (!hasInfra() && !hasCmk()) {
                ctx.report("notHardened");
            }
        },
    },
});
