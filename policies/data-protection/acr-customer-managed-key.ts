import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "acr-customer-managed-key",
    description: "Container registries encrypt their content at rest with a customer-managed key held in Key Vault.",
    area: "data-protection",
    // Low: every registry is already encrypted at rest with service-managed keys; this adds key ownership.
    severity: "low",
    frameworks: { mcsb: ["DP-5"], azurePolicy: ["5b9159ae-1701-4a6f-9a7a-aa9c8ddd0580"] },
    remediation: "When creating the registry (Premium SKU), set encryption: { status: \"enabled\", keyVaultProperties: " +
        "{ keyIdentifier, identity } } with the Key Vault key's id and the client id of a user-assigned identity " +
        "that can use it. encryption.status defaults to disabled (service-managed keys), and customer-managed keys cannot be enabled on an existing registry.",
    noFix: "it needs a key in a Key Vault and an identity allowed to use it: other resources, not a property change",
    messages: {
        serviceManagedKey: "encryption.status is not enabled (unset means disabled), so the registry is encrypted with service-managed keys: set encryption.status to enabled with encryption.keyVaultProperties.keyIdentifier.",
    },
    check: {
        containerRegistry: (registry, ctx) => {
            // Default: unset encryption.status is disabled (service-managed keys). Source: REST spec
            // Microsoft.ContainerRegistry 2025-04-01, EncryptionProperty.status, and
            // https://learn.microsoft.com/azure/container-registry/tutorial-enable-customer-managed-keys
            if (!sameText(registry.encryption?.status, "enabled")) {
                ctx.report("serviceManagedKey");
            }
        },
    },
});
