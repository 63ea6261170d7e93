import { isSettings, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "container-group-customer-managed-key",
    description: "Container groups (Container Instances) encrypt their deployment data with a customer-managed key held in Key Vault.",
    area: "data-protection",
    // Low: the group's data (its definition, environment variables, volumes) is already encrypted at rest with
    // Microsoft-managed keys; this adds key ownership.
    severity: "low",
    frameworks: { mcsb: ["DP-5"] },
    remediation: "Set encryptionProperties: { vaultBaseUrl, keyName, keyVersion, identity } with a Key Vault key " +
        "that the Azure Container Instance service principal (or the given user-assigned identity) can wrap and " +
        "unwrap with. Unset means Microsoft-managed keys.",
    noFix: "it needs a key in a Key Vault and an identity allowed to use it: other resources, not a property change",
    messages: {
        serviceManagedKey: "encryptionProperties is not set, so the group's deployment data is encrypted with Microsoft-managed keys: set encryptionProperties to a Key Vault key.",
    },
    check: {
        containerGroup: (group, ctx) => {
            // Default: unset encryptionProperties means Microsoft-managed keys. Source:
            // https://learn.microsoft.com/azure/container-instances/container-instances-encrypt-data
            // The vault URL is often another resource's output, unknown at preview: the setting's presence decides.
            if (!("encryptionProperties" in group) || !isSettings(group.encryptionProperties)) {
                ctx.report("serviceManagedKey");
            }
        },
    },
});
