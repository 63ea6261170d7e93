import {
    compareKubernetesMinor, kubernetesMinor, kubernetesPastSupport, kubernetesSupportEnd, option, resourcePolicy, sameText,
} from "../../lib/kit";

/** The minor versions an admin may set as the minimum: "none", then 1.19 to 1.49. */
const minimumChoices = ["none", ...Array.from({ length: 31 }, (_, i) => `1.${19 + i}`)] as [string, ...string[]];

/*
 * Kept on the "applications" row: the Kubernetes version is the orchestrator software the customer picks and
 * upgrades (as aks-upgrade-channel is); the node operating system is the shared row, checked elsewhere.
 * End-of-support dates are data, lib/kit/lifecycle/kubernetes-versions.ts, judged against today: a program that
 * passed can fail later without a change, as its cluster falls out of support.
 */
export default resourcePolicy({
    name: "aks-supported-kubernetes-version",
    description: "AKS clusters and node pools run a Kubernetes version that AKS still supports (with its security patches), at or above the organization's minimum if one is set.",
    area: "applications",
    severity: "high",
    // PV-6: past its end of support a version gets no Kubernetes security patches on AKS (platform support only).
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set kubernetesVersion (and orchestratorVersion of each pool) to a supported minor version, or leave " +
        "them unset for AKS's default version (pools default to the cluster's). List what a region offers with " +
        "`az aks get-versions`. To stay longer on one version, use the Premium tier with supportPlan " +
        "AKSLongTermSupport, and set autoUpgradeProfile.upgradeChannel to keep up.",
    messages: {
        pastEndOfSupport: "{{path}} names a Kubernetes version past its end of support on AKS, so it gets no Kubernetes security patches: upgrade to a supported minor version.",
        pastLongTermSupport: "{{path}} names a Kubernetes version past the end of its long-term support on AKS, so it gets no Kubernetes security patches even on the LTS plan: upgrade to a supported minor version.",
        belowMinimum: "{{path}} names a Kubernetes version older than {{config.minimumVersion}}, the minimum your organization requires: upgrade to {{config.minimumVersion}} or later.",
    },
    config: {
        minimumVersion: option.oneOf(minimumChoices, {
            default: "none",
            description: "The oldest Kubernetes minor version allowed (\"1.30\"), stricter than AKS's own support window; " +
                "\"none\" (the default) allows every supported version.",
        }),
        separatePoolSupportPlan: option.oneOf(["either", "community"], {
            default: "either",
            description: "How to judge a node pool declared on its own (containerservice AgentPool), which does not " +
                "show its cluster's support plan. \"either\" (the default) flags its version only once it is past long-" +
                "term support too, since the cluster may be on the LTS plan; \"community\" judges it against community " +
                "support, for organizations that do not use LTS.",
        }),
    },
    check: {
        managedCluster: (cluster, ctx) => {
            // Long-term support needs the Premium tier and supportPlan AKSLongTermSupport; unset is KubernetesOfficial.
            // Source: https://learn.microsoft.com/azure/aks/long-term-support
            const lts = sameText(cluster.supportPlan, "AKSLongTermSupport");
            const judge = (version: unknown, path: string) => {
                // Default: unset kubernetesVersion is AKS's default version, a supported one; an unset
                // orchestratorVersion is the control plane's. Source:
                // https://learn.microsoft.com/azure/aks/supported-kubernetes-versions
                if (version === undefined || version === null) {
                    return;
                }
                const past = pastSupport(version, lts);
                if (past) {
                    ctx.report(past, { path });
                } else if (belowMinimum(version, ctx.config.minimumVersion)) {
                    ctx.report("belowMinimum", { path });
                }
            };
            judge(cluster.kubernetesVersion, "kubernetesVersion");
            ctx.each(cluster.agentPoolProfiles, (pool, index) =>
                judge(pool.orchestratorVersion, `agentPoolProfiles[${index}].orchestratorVersion`));
        },
        aksAgentPool: (pool, ctx) => {
            const version = pool.orchestratorVersion;
            if (version === undefined || version === null) {
                return; // the control plane's version, judged on the cluster
            }
            const path = "orchestratorVersion";
            const past = pastSupport(version, ctx.config.separatePoolSupportPlan !== "community");
            if (past) {
                ctx.report(past, { path });
            } else if (belowMinimum(version, ctx.config.minimumVersion)) {
                ctx.report("belowMinimum", { path });
            }
        },
    },
});

/** Which end of support `version` is past today, on the LTS plan or not; undefined while it is supported. */
function pastSupport(version: unknown, lts: boolean): "pastEndOfSupport" | "pastLongTermSupport" | undefined {
    if (!kubernetesPastSupport(version, lts)) {
        return undefined;
    }
    const end = kubernetesSupportEnd(version, lts);
    // A version AKS never offered LTS for ended with its community support.
    return lts && end?.entry.longTermSupportEnd !== undefined && !end.olderThanData ? "pastLongTermSupport" : "pastEndOfSupport";
}

/** Is `version` older than the configured minimum? Never for "none", nor for a value that is not a version. */
function belowMinimum(version: unknown, minimum: string): boolean {
    return kubernetesMinor(minimum) !== undefined && (compareKubernetesMinor(version, minimum) ?? 0) < 0;
}
