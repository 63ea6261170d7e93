import { listOf, readKnown, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "app-service-environment-internal-encryption",
    description: "App Service Environments encrypt the traffic between their own front ends and workers, and their temporary files (clusterSettings InternalEncryption true).",
    area: "data-protection",
    severity: "low",
    // Azure Policy has a definition for this (App Service Environment internal encryption) outside the MCSB
    // initiative; CIS v6.0.0 Foundations does not cover App Service Environments.
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Add { name: \"InternalEncryption\", value: \"true\" } to clusterSettings. It costs throughput, and " +
        "traffic inside the environment cannot be reached from outside it, so it matters mostly where a standard " +
        "asks for encryption end to end.",
    messages: {
        internalTrafficClear: "clusterSettings has no InternalEncryption set to true, so traffic between the environment's front ends and workers is not encrypted: add { name: \"InternalEncryption\", value: \"true\" }.",
    },
    check: {
        appServiceEnvironment: (ase, ctx) => {
            // Default: internal encryption is off ("encryption is not enabled by default between internal
            // components"). Source: https://learn.microsoft.com/azure/app-service/environment/app-service-app-service-environment-custom-settings
            // (Enable internal encryption).
            // One setting that is known to be on decides; otherwise an unknown one leaves it undecided (reading it
            // again throws, for "cannot decide yet").
            const settings = listOf(ase.clusterSettings);
            const isOn = (i: number) => sameText(settings[i]?.name, "InternalEncryption") && sameText(settings[i]?.value, "true");
            const known = [...settings.keys()].map((i) => readKnown(() => isOn(i)));
            const on = known.some((v) => v === true);
            if (!on) {
                known.forEach((v, i) => v === undefined && isOn(i));
            }
            if (!on) {
                ctx.report("internalTrafficClear");
            }
        },
    },
});
