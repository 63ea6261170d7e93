import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-image-cleaner",
    description: "AKS clusters run Image Cleaner, which removes unused (and vulnerable) images from the nodes.",
    area: "applications",
    severity: "low",
    // PV-6: Image Cleaner removes stale images with known vulnerabilities that would otherwise stay on the nodes.
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set securityProfile.imageCleaner.enabled to true (it is off by default on AKS Standard; AKS Automatic " +
        "clusters have it on unless set otherwise), optionally with intervalHours (default 168).",
    messages: {
        imageCleanerOff: "securityProfile.imageCleaner.enabled is not true (unset means off outside AKS Automatic), so unused images, vulnerable ones included, pile up on the nodes: set it to true.",
    },
    fix: { managedCluster: [{ path: "securityProfile.imageCleaner.enabled", value: true }] },
    check: {
        managedCluster: (cluster, ctx) => {
            const enabled = cluster.securityProfile?.imageCleaner?.enabled;
            if (enabled === true) {
                return;
            }
            // Default: off on AKS Standard clusters; preconfigured on for AKS Automatic (sku.name Automatic).
            // Source: https://learn.microsoft.com/azure/aks/image-cleaner ("AKS Automatic and AKS Standard behavior").
            if ((enabled === undefined || enabled === null) && sameText(cluster.sku?.name, "Automatic")) {
                return;
            }
            ctx.report("imageCleanerOff");
        },
    },
});
