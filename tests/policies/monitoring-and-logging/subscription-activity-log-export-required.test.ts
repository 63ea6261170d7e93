import { ActivityLogAlert, SubscriptionDiagnosticSetting } from "@pulumi/azure-native/monitor";
import policy from "../../../policies/monitoring-and-logging/subscription-activity-log-export-required";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const subscription = "/subscriptions/00000000-0000-0000-0000-000000000000";
const alert: StackTestResource = {
    name: "nsg-write",
    ...resource(ActivityLogAlert, {
        resourceGroupName: "rg", location: "Global", scopes: [subscription], actions: {},
        condition: { allOf: [{ field: "operationName", equals: "Microsoft.Network/networkSecurityGroups/write" }] },
    }),
};
const exportTo = (workspaceId: string): StackTestResource => ({
    name: "export",
    ...resource(SubscriptionDiagnosticSetting, { name: "activity-log", workspaceId, logs: [{ categoryGroup: "allLogs", enabled: true }] }),
});
const workspace = `${subscription}/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law`;
const required = { requireInStack: true };

testStackPolicy(policy, {
    valid: [
        { name: "alerts and the export in one stack", config: required, resources: [alert, exportTo(workspace)] },
        { name: "the export alone", config: required, resources: [exportTo(workspace)] },
        { name: "declared with a workspace from another resource", config: required, resources: [alert, exportTo(unknown())] },
    ],
    invalid: [
        {
            name: "required here: alerts without the export",
            config: required,
            resources: [alert],
            violations: [{ resource: "nsg-write", message: "noExport" }],
        },
    ],
    undecided: [
        { name: "by default, an export another stack may declare", resources: [alert] },
    ],
});
