import { isSettings, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "data-factory-customer-managed-key",
    description: "Data factories encrypt their metadata (linked services, pipelines, credentials) with a customer-managed key held in Key Vault.",
    area: "data-protection",
    // Low: factory metadata is already encrypted at rest with Microsoft-managed keys; this adds key ownership.
    severity: "low",
    frameworks: { mcsb: ["DP-5"] },
    remediation: "Set encryption: { vaultBaseUrl, keyName, identity: { userAssignedIdentity } } with a Key Vault key " +
        "the identity can wrap and unwrap with. Unset means Microsoft-managed keys; customer-managed keys are best " +
        "set when the factory is created (an existing factory must be empty to switch).",
    noFix: "it needs a key in a Key Vault and an identity allowed to use it: other resources, not a property change",
    messages: {
        serviceManagedKey: "encryption is not set, so the factory is encrypted with Microsoft-managed keys: set encryption.vaultBaseUrl and encryption.keyName to a Key Vault key.",
    },
    check: {
        dataFactory: (factory, ctx) => {
            // Default: unset encryption means Microsoft-managed keys. Source:
            // https://learn.microsoft.com/azure/data-factory/enable-customer-managed-key
            // The vault URL is often another resource's output, unknown at preview: the setting's presence decides.
            if (!("encryption" in factory) || !isSettings(factory.encryption)) {
                ctx.report("serviceManagedKey");
            }
        },
    },
});
