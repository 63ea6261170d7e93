import { isSettings, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "synapse-customer-managed-key",
    description: "Synapse workspaces add a layer of encryption at rest with a customer-managed key held in Key Vault.",
    area: "data-protection",
    // Low: workspace data is already encrypted at rest with service-managed keys; this adds key ownership.
    severity: "low",
    frameworks: { mcsb: ["DP-5"] },
    remediation: "When creating the workspace, set encryption: { cmk: { key: { name, keyVaultUrl }, kekIdentity: " +
        "{ userAssignedIdentity } } } (or the system-assigned identity, useSystemAssignedIdentity: true) with a " +
        "Key Vault key the identity can wrap and unwrap with. Customer-managed keys are chosen at creation only.",
    noFix: "it needs a key in a Key Vault and an identity allowed to use it: other resources, not a property change",
    messages: {
        serviceManagedKey: "encryption.cmk.key is not set, so the workspace is encrypted with service-managed keys only: create it with encryption.cmk.key naming a Key Vault key.",
    },
    check: {
        synapseWorkspace: (workspace, ctx) => {
            // Default: no customer-managed key (service-managed encryption only); it can be enabled only at creation.
            // Source: https://learn.microsoft.com/azure/synapse-analytics/security/workspaces-encryption
            // The key's URL is often another resource's output, unknown at preview: its presence decides.
            const cmk = workspace.encryption?.cmk;
            if (!isSettings(cmk) || !("key" in cmk) || cmk.key === null || cmk.key === undefined) {
                ctx.report("serviceManagedKey");
            }
        },
    },
});
