import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-image-cleaner",
    description: "AKS clusters run Image Cleaner, which removes unused (and vulnerable) images from the nodes.",
    area: "applications",
    severity: "low",
    // PV-6: Image Cleaner removes stale images with known vulnerabilities that would otherwise stay on the nodes.
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set securityProfile.imageCleaner.enabled to true (it defaults to off), optionally with " +
        "intervalHours (default 168).",
    messages: {
        imageCleanerOff: "securityProfile.imageCleaner.enabled is not true (unset means off), so unused images, vulnerable ones included, pile up on the nodes: set it to true.",
    },
    check: {
        managedCluster: (cluster, ctx) => {
            if (cluster.securityProfile?.imageCleaner?.enabled !== true) {
                ctx.report("imageCleanerOff");
            }
        },
    },
});
