import { anyOf, catalog, namesTarget, pointerIndex, requireInStack, sameText, stackPolicy } from "../../lib/kit";

const extensionType = "microsoft.policyinsights";

/**
 * Is this extension the Azure Policy extension, on a connected (Arc) cluster? clusterRp and clusterResourceName are
 * inputs Azure does not return: absent (outputs) they do not say no.
 */
const isPolicyExtension = (ext: { extensionType?: unknown; clusterRp?: unknown; clusterResourceName?: unknown }) =>
    sameText(ext.extensionType, extensionType) &&
    (ext.clusterRp === undefined || sameText(ext.clusterRp, "Microsoft.Kubernetes")) &&
    (ext.clusterResourceName === undefined || sameText(ext.clusterResourceName, "connectedClusters"));

export default stackPolicy({
    name: "arc-kubernetes-policy-extension",
    description: "Azure Arc-enabled Kubernetes clusters (other than AKS) have the Azure Policy extension " +
        "(extensionType microsoft.policyinsights).",
    area: "compliance",
    severity: "medium",
    frameworks: {
        mcsb: ["PV-2"],
        azurePolicy: ["6b2122c1-8120-4ff5-801b-17625a355590"],
    },
    remediation: "Add a kubernetesconfiguration Extension with clusterRp \"Microsoft.Kubernetes\", clusterResourceName " +
        "\"connectedClusters\", clusterName set to the connected cluster's name and extensionType " +
        "\"microsoft.policyinsights\". If an Azure Policy DeployIfNotExists assignment (or another stack) installs it, " +
        "leave requireInStack off.",
    messages: {
        noPolicyExtension: "No microsoft.policyinsights extension in this stack is installed on this Arc-enabled Kubernetes cluster, so Azure Policy cannot audit or enforce its in-cluster resources: add one.",
    },
    config: {
        requireInStack: requireInStack("the Azure Policy extension of each Arc-enabled Kubernetes cluster"),
    },
    resources: [catalog.arcKubernetesCluster, catalog.kubernetesExtension],
    check: (ctx) => {
        const clusters = ctx.ofType(catalog.arcKubernetesCluster);
        const extensions = pointerIndex(ctx.ofType(catalog.kubernetesExtension), "clusterName", { peers: clusters });
        ctx.each(clusters, (cluster) => {
            // The definition leaves out the distribution "aks" (AKS clusters projected into Arc, which have the AKS
            // add-on instead). Unset is in scope, as in the definition (notEquals holds for an absent field).
            if (sameText(cluster.props.distribution, "aks")) {
                return;
            }
            if (!anyOf(extensions(cluster, catalog.arcKubernetesCluster), (ext) =>
                isPolicyExtension(ext.props) && namesTarget(ext, "clusterName", cluster, catalog.arcKubernetesCluster, clusters))) {
                ctx.missing(cluster, "noPolicyExtension");
            }
        });
    },
});
