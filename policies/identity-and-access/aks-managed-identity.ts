import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-managed-identity",
    description: "AKS clusters authenticate to Azure with a managed identity (system- or user-assigned), not with a service principal and its secret.",
    area: "identity-and-access",
    severity: "high",
    // IM-3: an application's identity (here the cluster's, which manages its load balancers, disks and routes) is a
    // managed identity, with no credential to store, leak or rotate.
    frameworks: { mcsb: ["IM-3"] },
    remediation: "Set identity: { type: \"SystemAssigned\" } (or UserAssigned with userAssignedIdentities) and remove " +
        "servicePrincipalProfile, or leave both unset: AKS then creates a system-assigned identity. An existing " +
        "service-principal cluster can be updated to a managed identity.",
    messages: {
        identityNone: "identity.type is None, so the cluster authenticates to Azure with a service principal whose secret must be stored and rotated: set identity.type to SystemAssigned or UserAssigned.",
        servicePrincipal: "servicePrincipalProfile names a service principal and no managed identity is set, so the cluster authenticates to Azure with a stored secret: set identity.type to SystemAssigned or UserAssigned and remove servicePrincipalProfile.",
    },
    check: {
        managedCluster: (cluster, ctx) => {
            const type = cluster.identity?.type;
            if (sameText(type, "SystemAssigned") || sameText(type, "UserAssigned")) {
                return;
            }
            if (sameText(type, "None")) {
                ctx.report("identityNone");
                return;
            }
            // Default: with neither identity nor servicePrincipalProfile, AKS creates a system-assigned managed
            // identity. Source: https://learn.microsoft.com/azure/aks/managed-identity-overview ("When you deploy an AKS
            // cluster, a system-assigned managed identity is created for you by default"). A clientId of "msi" is the
            // API's own marker for a managed-identity cluster, not a service principal.
            const profile = cluster.servicePrincipalProfile;
            if (profile === undefined || profile === null || sameText(profile.clientId, "msi")) {
                return;
            }
            ctx.report("servicePrincipal");
        },
    },
});
