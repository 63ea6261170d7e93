import { Workspace } from "@pulumi/azure-native/synapse";
import policy from "../../../policies/identity-and-access/synapse-entra-only-auth";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const base = { resourceGroupName: "rg", workspaceName: "analytics-ws", defaultDataLakeStorage: { accountUrl: "https://lake.dfs.core.windows.net", filesystem: "fs" } };

// azureADOnlyAuthentication is an input Azure does not return: as outputs (after an update, or a deployed state
// scanned with --properties outputs) every case resting on it cannot be decided.
testResourcePolicy(policy, {
    valid: [
        { name: "Entra-only", resource: resource(Workspace, { ...base, azureADOnlyAuthentication: true }), outputsUndecided: true },
    ],
    invalid: [
        {
            name: "SQL logins allowed explicitly",
            resource: resource(Workspace, { ...base, azureADOnlyAuthentication: false, sqlAdministratorLogin: "sqladmin" }),
            messages: ["sqlLoginsAllowed"],
            outputsUndecided: true,
        },
        {
            name: "unset: defaults to false",
            resource: resource(Workspace, base),
            messages: ["sqlLoginsAllowed"],
            outputsUndecided: true,
        },
        {
            name: "null is unset",
            resource: resource(Workspace, { ...base, azureADOnlyAuthentication: untyped(null) }),
            messages: ["sqlLoginsAllowed"],
            outputsUndecided: true,
        },
    ],
    undecided: [
        { name: "flag from another resource's output", resource: resource(Workspace, { ...base, azureADOnlyAuthentication: unknown() }) },
    ],
});
