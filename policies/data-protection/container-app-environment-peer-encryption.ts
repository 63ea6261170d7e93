import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "container-app-environment-peer-encryption",
    description: "Container Apps environments encrypt the traffic between their apps (peer-to-peer encryption).",
    area: "data-protection",
    // Medium: the traffic stays inside the environment's network, but travels in the clear without this.
    severity: "medium",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Set peerTrafficConfiguration: { encryption: { enabled: true } } on the environment. Unset means " +
        "false: apps in the environment talk to each other over plain HTTP behind the ingress.",
    messages: {
        peerTrafficPlain: "peerTrafficConfiguration.encryption.enabled is not true (unset means false), so traffic between the environment's apps is not encrypted: set it to true.",
    },
    fix: { containerAppEnvironment: [{ path: "peerTrafficConfiguration.encryption.enabled", value: true }] },
    check: {
        containerAppEnvironment: (environment, ctx) => {
            // Default: peer-to-peer encryption is off. Source:
            // https://learn.microsoft.com/azure/container-apps/networking (peer-to-peer encryption, "disabled by
            // default") and REST spec Microsoft.App 2025-01-01, peerTrafficConfiguration.encryption.enabled.
            if (environment.peerTrafficConfiguration?.encryption?.enabled !== true) {
                ctx.report("peerTrafficPlain");
            }
        },
    },
});
