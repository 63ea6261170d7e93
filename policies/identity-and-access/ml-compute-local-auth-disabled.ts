import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "ml-compute-local-auth-disabled",
    description: "Azure Machine Learning compute clusters and compute instances refuse local authentication, so access goes through Microsoft Entra ID.",
    area: "identity-and-access",
    severity: "medium",
    frameworks: {
        mcsb: ["IM-1"],
        azurePolicy: ["e96a9a5f-07ca-471b-9bc5-6a0f33cbd68f"],
    },
    remediation: "Set properties.disableLocalAuth to true on AmlCompute and ComputeInstance computes. Unset means " +
        "false: local authentication keeps working. Other compute types are not judged.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        localAuthEnabled: "properties.disableLocalAuth is not true (unset means false), so the compute accepts local authentication: set it to true.",
    },
    check: {
        machineLearningCompute: (compute, ctx) => {
            // Default: unset disableLocalAuth is false. Source:
            // https://learn.microsoft.com/rest/api/azureml/compute/create-or-update (disableLocalAuth: "Opt-out of local
            // authentication and ensure customers can use only MSI and AAD exclusively for authentication").
            const properties = compute.properties;
            if (properties?.computeType !== "AmlCompute" && properties?.computeType !== "ComputeInstance") {
                return;
            }
            if (properties.disableLocalAuth !== true) {
                ctx.report("localAuthEnabled");
            }
        },
    },
});
