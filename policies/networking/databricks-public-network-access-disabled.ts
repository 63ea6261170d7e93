import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "databricks-public-network-access-disabled",
    description: "Azure Databricks workspaces disable public network access and are reached through private endpoints.",
    area: "networking",
    severity: "high",
    frameworks: {
        mcsb: ["NS-2"],
        cis: ["2.1.10"],
        azurePolicy: ["0e7849de-b939-4c50-ab48-fc6b0f5eeba2"],
    },
    remediation: "Set publicNetworkAccess to Disabled and reach the workspace through private endpoints " +
        "(front-end Private Link). publicNetworkAccess defaults to Enabled.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is not Disabled (unset means Enabled), so the workspace UI and REST API are reachable from the internet: set publicNetworkAccess to Disabled and use private endpoints.",
    },
    check: {
        databricksWorkspace: (workspace, ctx) => {
            // Default: unset publicNetworkAccess is Enabled. Source:
            // https://learn.microsoft.com/rest/api/databricks/workspaces/create-or-update (publicNetworkAccess,
            // "Enabled" unless set; Disabled means access only through Private Link).
            if (!sameText(workspace.publicNetworkAccess, "Disabled")) {
                ctx.report("publicAccessEnabled");
            }
        },
    },
});
