import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "aks-image-cleaner",
    description: "AKS clusters run Image Cleaner, which removes unused (and vulnerable) images from the nodes.",
    area: "applications",
    severity: "low",
    // PV-6: Image Cleaner removes stale images with known vulnerabilities that would otherwise stay on the nodes.
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set securityProfile.imageCleaner.enabled to true (it defaults to off), optionally with " +
        "intervalHours (default 168).",
    resources: [catalog.managedCluster],
    check: (cluster, ctx) => {
        const enabled = cluster.securityProfile?.imageCleaner?.enabled;
        if (enabled !== true) {
            ctx.report(`securityProfile.imageCleaner.enabled is ${enabled === false ? "false" : "unset (off)"}, so ` +
                "unused images, vulnerable ones included, pile up on the nodes: set it to true.");
        }
    },
});
