import { resourcePolicy } from "../../lib/kit";

/** A CIDR with prefix length 0 covers every address. */
const coversEverything = (range: unknown) => typeof range === "string" && /\/0$/.test(range.trim());

export default resourcePolicy({
    name: "aks-api-server-access-restricted",
    description: "AKS clusters expose their Kubernetes API server privately, or only to authorized IP ranges.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2"], azurePolicy: ["0e246bcf-5f6f-4f87-bc6f-775d4712c7ea"] },
    remediation: "Set apiServerAccessProfile.enablePrivateCluster to true, or list the networks that may reach the " +
        "API server in apiServerAccessProfile.authorizedIPRanges (CIDRs, none of them /0).",
    messages: {
        apiServerOpen: "The API server is public and apiServerAccessProfile.authorizedIPRanges is empty or unset, so any address can reach it: set enablePrivateCluster to true or list authorizedIPRanges.",
        rangeCoversEverything: "apiServerAccessProfile.authorizedIPRanges[{{index}}] covers every address: list only the networks that administer the cluster.",
        legacyRangeCoversEverything: "apiServerAuthorizedIPRanges[{{index}}] covers every address: list only the networks that administer the cluster.",
    },
    // API version 2019-06-01 (azure-native 2.x ships it) has no apiServerAccessProfile: the ranges are the
    // top-level apiServerAuthorizedIPRanges, and there is no private cluster. Later versions have no such input.
    legacyInputs: { managedCluster: ["apiServerAuthorizedIPRanges"] },
    check: {
        managedCluster: (cluster, ctx) => {
            const profile = cluster.apiServerAccessProfile;
            if (profile?.enablePrivateCluster === true) {
                return;
            }
            const legacy = ctx.legacy("apiServerAuthorizedIPRanges");
            if (profile?.authorizedIPRanges === undefined && Array.isArray(legacy) && legacy.length > 0) {
                ctx.each(legacy as unknown[], (range, index) => {
                    if (coversEverything(range)) {
                        ctx.report("legacyRangeCoversEverything", { index });
                    }
                });
                return;
            }
            // Unset (or an empty list) leaves the public API server open to every address.
            // Default: no authorized ranges and a public API server. Source: learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges
            const ranges = profile?.authorizedIPRanges ?? [];
            if (ranges.length === 0) {
                ctx.report("apiServerOpen");
            }
            ctx.each(ranges, (range, index) => {
                if (coversEverything(range)) {
                    ctx.report("rangeCoversEverything", { index });
                }
            });
        },
    },
});
