import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "synapse-public-network-access-disabled",
    description: "Synapse workspaces disable public network access, so their SQL, development and web endpoints are reached through private endpoints.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set publicNetworkAccess to Disabled and reach the workspace through private endpoints (Sql, " +
        "SqlOnDemand, Dev) and a private link hub for Synapse Studio. Unset means Enabled: the endpoints are then " +
        "open to every address the workspace firewall rules allow.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is not Disabled (unset means Enabled), so the workspace's SQL and development endpoints are public, guarded only by firewall rules: set publicNetworkAccess to Disabled and use private endpoints.",
    },
    check: {
        synapseWorkspace: (workspace, ctx) => {
            // Default: unset publicNetworkAccess is Enabled. Source: REST spec Microsoft.Synapse 2021-06-01,
            // WorkspaceProperties.publicNetworkAccess (azure-native 3.28 fills in "Enabled"), and
            // https://learn.microsoft.com/azure/synapse-analytics/security/connectivity-settings
            if (!sameText(workspace.publicNetworkAccess, "Disabled")) {
                ctx.report("publicAccessEnabled");
            }
        },
    },
});
