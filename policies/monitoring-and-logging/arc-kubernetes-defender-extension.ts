import { anyOf, catalog, namesTarget, pointerIndex, requireInStack, sameText, stackPolicy } from "../../lib/kit";

const extensionType = "microsoft.azuredefender.kubernetes";

/** Distributions MCSB definition 8dfab9c4 leaves out: managed clusters Defender covers through their own cloud. */
const otherwiseCovered = ["aks", "aks_management", "eks", "gke"];

/**
 * Is this extension the Defender extension, on a connected (Arc) cluster? clusterRp and clusterResourceName are
 * inputs Azure does not return: absent (outputs) they do not say no.
 */
const isDefenderExtension = (ext: { extensionType?: unknown; clusterRp?: unknown; clusterResourceName?: unknown }) =>
    sameText(ext.extensionType, extensionType) &&
    (ext.clusterRp === undefined || sameText(ext.clusterRp, "Microsoft.Kubernetes")) &&
    (ext.clusterResourceName === undefined || sameText(ext.clusterResourceName, "connectedClusters"));

export default stackPolicy({
    name: "arc-kubernetes-defender-extension",
    description: "Azure Arc-enabled Kubernetes clusters (other than AKS, EKS and GKE) have the Microsoft Defender for " +
        "Cloud extension (extensionType microsoft.azuredefender.kubernetes).",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: {
        mcsb: ["LT-1", "LT-2"],
        azurePolicy: ["8dfab9c4-fe7b-49ad-85e4-1e9be085358f"],
    },
    remediation: "Add a kubernetesconfiguration Extension with clusterRp \"Microsoft.Kubernetes\", clusterResourceName " +
        "\"connectedClusters\", clusterName set to the connected cluster's name and extensionType " +
        "\"microsoft.azuredefender.kubernetes\" (with Defender for Containers on in the subscription). If Defender for " +
        "Cloud's auto-provisioning (or another stack) installs it, leave requireInStack off.",
    messages: {
        noDefenderExtension: "No microsoft.azuredefender.kubernetes extension in this stack is installed on this Arc-enabled Kubernetes cluster, so Defender for Cloud collects no security events or audit logs from it: add one.",
    },
    config: {
        requireInStack: requireInStack("the Defender extension of each Arc-enabled Kubernetes cluster"),
    },
    resources: [catalog.arcKubernetesCluster, catalog.kubernetesExtension],
    check: (ctx) => {
        const clusters = ctx.ofType(catalog.arcKubernetesCluster);
        const extensions = pointerIndex(ctx.ofType(catalog.kubernetesExtension), "clusterName", { peers: clusters });
        ctx.each(clusters, (cluster) => {
            // Unset distribution is in scope, as in the definition (notIn holds for an absent field).
            if (otherwiseCovered.some((d) => sameText(cluster.props.distribution, d))) {
                return;
            }
            if (!anyOf(extensions(cluster, catalog.arcKubernetesCluster), (ext) =>
                isDefenderExtension(ext.props) && namesTarget(ext, "clusterName", cluster, catalog.arcKubernetesCluster, clusters))) {
                ctx.missing(cluster, "noDefenderExtension");
            }
        });
    },
});
