import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "synapse-data-exfiltration-protection",
    description: "Synapse workspaces run in a managed virtual network with data exfiltration protection, so their Spark and pipeline compute reach only approved targets.",
    area: "networking",
    // Medium: it limits what a stolen credential or a malicious notebook can send out; it does not guard the way in.
    severity: "medium",
    frameworks: { mcsb: ["NS-1"] },
    remediation: "When creating the workspace, set managedVirtualNetwork to \"default\" and " +
        "managedVirtualNetworkSettings: { preventDataExfiltration: true, allowedAadTenantIdsForLinking: [...] }. " +
        "Both are off by default and can only be chosen at creation: an existing workspace has to be recreated. " +
        "Outbound traffic then goes only through managed private endpoints to resources in the approved tenants.",
    messages: {
        noManagedNetwork: "managedVirtualNetwork is not \"default\" (unset means none), so the workspace's Spark pools and integration runtime run without a managed virtual network and can send data anywhere: create the workspace with managedVirtualNetwork \"default\" and managedVirtualNetworkSettings.preventDataExfiltration true.",
        exfiltrationAllowed: "managedVirtualNetworkSettings.preventDataExfiltration is not true (unset means false), so compute in the managed virtual network can still reach any destination: create the workspace with preventDataExfiltration true.",
    },
    check: {
        synapseWorkspace: (workspace, ctx) => {
            // Default: no managed virtual network and no exfiltration protection; both are set only at creation.
            // Source: https://learn.microsoft.com/azure/synapse-analytics/security/synapse-workspace-managed-vnet and
            // https://learn.microsoft.com/azure/synapse-analytics/security/workspace-data-exfiltration-protection
            if (!sameText(workspace.managedVirtualNetwork, "default")) {
                ctx.report("noManagedNetwork");
                return;
            }
            if (workspace.managedVirtualNetworkSettings?.preventDataExfiltration !== true) {
                ctx.report("exfiltrationAllowed");
            }
        },
    },
});
