import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-network-policy",
    description: "AKS clusters run a network policy engine (azure, calico or cilium) so pod traffic can be segmented.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-1"] },
    remediation: "Set networkProfile.networkPolicy to azure, calico or cilium (cilium needs networkDataplane " +
        "cilium), then restrict pod traffic with Kubernetes NetworkPolicy objects.",
    noFix: "a network policy engine is set when the cluster is created, and changing it recreates the cluster",
    messages: {
        networkPolicyNone: "networkProfile.networkPolicy is none or unset (none by default), so every pod can reach every other pod: set it to azure, calico or cilium.",
    },
    check: {
        managedCluster: (cluster, ctx) => {
            const profile = cluster.networkProfile;
            const policy = profile?.networkPolicy;
            // The Cilium dataplane enforces network policy itself, so an unset networkPolicy is not "none" there.
            // Source: https://learn.microsoft.com/azure/aks/azure-cni-powered-by-cilium (no separate policy engine
            // needed).
            if (policy === undefined && sameText(profile?.networkDataplane, "cilium")) {
                return;
            }
            // Default: unset networkPolicy is none: no network policy is enforced unless one is chosen. Source:
            // https://learn.microsoft.com/azure/aks/use-network-policies
            if (policy === undefined || sameText(policy, "none")) {
                ctx.report("networkPolicyNone");
            }
        },
    },
});
