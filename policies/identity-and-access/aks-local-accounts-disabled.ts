import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-local-accounts-disabled",
    description: "AKS clusters have local accounts disabled, so no static cluster-admin credential can be fetched and every user signs in with Microsoft Entra ID.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-1"] },
    remediation: "Set disableLocalAccounts to true (needs aadProfile: { managed: true }). Unset means false: " +
        "listClusterAdminCredentials still returns a certificate-based kubeconfig.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        localAccountsEnabled: "disableLocalAccounts is not true (unset means false), so a static cluster-admin credential can be downloaded and bypasses Entra ID: set it to true.",
    },
    check: {
        managedCluster: (cluster, ctx) => {
            // Default: local accounts are enabled unless disableLocalAccounts is true. Source:
            // https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad ("local accounts are enabled
            // by default").
            if (cluster.disableLocalAccounts !== true) {
                ctx.report("localAccountsEnabled");
            }
        },
    },
});
