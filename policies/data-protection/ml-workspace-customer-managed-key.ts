import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "ml-workspace-customer-managed-key",
    description: "Azure Machine Learning workspaces encrypt their data with a customer-managed key.",
    area: "data-protection",
    severity: "medium",
    frameworks: {
        mcsb: ["DP-5"],
        azurePolicy: ["ba769a63-b8cc-4b2d-abf6-ac33c7204be8"],
    },
    remediation: "Set encryption with status Enabled and keyVaultProperties naming the Key Vault and key. It can only " +
        "be set when the workspace is created. Projects (kind project) use their hub's encryption and are not judged.",
    noFix: "it needs a key in a Key Vault and an identity allowed to use it: other resources, not a property change",
    messages: {
        noCustomerManagedKey: "encryption.status is not Enabled (unset means Microsoft-managed keys): set encryption with status Enabled and keyVaultProperties.",
    },
    check: {
        machineLearningWorkspace: (workspace, ctx) => {
            // Default: without encryption the workspace uses Microsoft-managed keys. Source:
            // https://learn.microsoft.com/azure/machine-learning/concept-customer-managed-keys
            // Azure Policy's definition skips kind "project", which inherits its hub's encryption.
            if (sameText(workspace.kind, "project")) {
                return;
            }
            if (!sameText(workspace.encryption?.status, "Enabled")) {
                ctx.report("noCustomerManagedKey");
            }
        },
    },
});
