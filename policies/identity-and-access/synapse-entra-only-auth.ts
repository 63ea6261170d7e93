import { inputOnly, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "synapse-entra-only-auth",
    description: "Synapse workspaces accept Microsoft Entra authentication only (azureADOnlyAuthentication true), not SQL logins.",
    area: "identity-and-access",
    severity: "high",
    frameworks: {
        mcsb: ["IM-1"],
        // The definition reads the workspace's azureADOnlyAuthentications child, which azure-native 3.28 has no
        // resource for; the workspace's azureADOnlyAuthentication input sets it.
        azurePolicy: ["6ea81a52-5ca7-4575-9669-eaa910b7edf8"],
    },
    remediation: "Set azureADOnlyAuthentication: true on the synapse Workspace, with cspWorkspaceAdminProperties or " +
        "a WorkspaceAadAdmin naming a Microsoft Entra administrator. Unset means false: the SQL administrator login " +
        "and other SQL logins keep working.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        sqlLoginsAllowed: "azureADOnlyAuthentication is not true (unset means false), so the workspace's SQL pools accept SQL logins, including the SQL administrator's password: set it to true.",
    },
    check: {
        synapseWorkspace: (workspace, ctx) => {
            // Default: unset azureADOnlyAuthentication is false: SQL authentication stays on beside Microsoft Entra
            // ID. Source: https://learn.microsoft.com/azure/synapse-analytics/sql/active-directory-authentication
            // (Microsoft Entra-only authentication is enabled per workspace) and the REST spec Microsoft.Synapse
            // 2021-06-01, WorkspaceProperties.azureADOnlyAuthentication (no default).
            // Azure does not return this input (the SDK's Workspace has no such output): absent from the deployed
            // state, it cannot be told.
            if (inputOnly(workspace, workspace.azureADOnlyAuthentication, "azureADOnlyAuthentication") !== true) {
                ctx.report("sqlLoginsAllowed");
            }
        },
    },
});
