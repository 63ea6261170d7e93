import { resourcePolicy } from "../../lib/kit";

/*
 * Kept on the "accounts and identities" row (customer-owned), not "identity and directory infrastructure": Microsoft
 * runs Entra ID and the AKS-managed integration either way; what this checks is whether the customer's people reach
 * the cluster through their Entra accounts or through certificates outside the directory.
 */
export default resourcePolicy({
    name: "aks-entra-integration",
    description: "AKS clusters use AKS-managed Microsoft Entra integration for user authentication.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-1"] },
    remediation: "Set aadProfile: { managed: true, adminGroupObjectIDs: [...] } (optionally enableAzureRBAC: true). " +
        "Without aadProfile users authenticate with cluster certificates only; the legacy (non-managed) " +
        "integration with clientAppID/serverAppID was retired on 1 June 2023: no new cluster can use it.",
    noFix: "Entra integration changes how everyone signs in to the cluster; kubeconfigs and role bindings must follow",
    messages: {
        aadProfileUnset: "aadProfile is not set, so users authenticate with cluster certificates instead of Entra ID: set aadProfile.managed to true.",
        legacyEntraIntegration: "aadProfile.managed is not true, so the cluster relies on the legacy Entra integration, retired since 1 June 2023: set it to true.",
    },
    check: {
        managedCluster: (cluster, ctx) => {
            // Retired option: legacy (non-managed) Entra integration, deprecated on 1 June 2023, no new clusters since.
            // Source: https://learn.microsoft.com/azure/aks/azure-ad-integration-cli. Without aadProfile there is no
            // Entra sign-in.
            const profile = cluster.aadProfile;
            if (profile === undefined || profile === null) {
                ctx.report("aadProfileUnset");
            } else if (profile.managed !== true) {
                ctx.report("legacyEntraIntegration");
            }
        },
    },
});
