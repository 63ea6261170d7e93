import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "ml-workspace-public-network-access-disabled",
    description: "Azure Machine Learning workspaces disable public network access and are reached through private endpoints.",
    area: "networking",
    severity: "high",
    frameworks: {
        mcsb: ["NS-2"],
        azurePolicy: ["438c38d2-3772-465a-a9cc-7a6666a275ce"],
    },
    remediation: "Set publicNetworkAccess to Disabled and reach the workspace through private endpoints. " +
        "publicNetworkAccess defaults to Enabled.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is not Disabled (unset means Enabled), so the workspace is reachable from the internet: set publicNetworkAccess to Disabled and use private endpoints.",
    },
    check: {
        machineLearningWorkspace: (workspace, ctx) => {
            // Default: unset publicNetworkAccess is Enabled. Source:
            // https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link (a workspace accepts
            // public traffic until publicNetworkAccess is Disabled).
            if (!sameText(workspace.publicNetworkAccess, "Disabled")) {
                ctx.report("publicAccessEnabled");
            }
        },
    },
});
