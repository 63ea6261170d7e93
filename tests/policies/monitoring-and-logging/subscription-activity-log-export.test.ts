import { SubscriptionDiagnosticSetting } from "@pulumi/azure-native/monitor";
import policy from "../../../policies/monitoring-and-logging/subscription-activity-log-export";
import { resource, testResourcePolicy, unknown } from "../../tester";

const workspaceId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const on = (...names: string[]) => names.map((category) => ({ category, enabled: true }));
const setting = (args: ConstructorParameters<typeof SubscriptionDiagnosticSetting>[1]) =>
    resource(SubscriptionDiagnosticSetting, { name: "activity-log", ...args });

testResourcePolicy(policy, {
    valid: [
        { name: "to a workspace, the four CIS categories", resource: setting({ workspaceId, logs: on("Administrative", "Alert", "Policy", "Security") }) },
        { name: "to storage, allLogs", resource: setting({ storageAccountId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st", logs: [{ categoryGroup: "allLogs", enabled: true }] }) },
        {
            name: "every category, names in lower case, workspace from another resource",
            resource: setting({ workspaceId: unknown(), logs: on("administrative", "alert", "policy", "security", "ServiceHealth", "Recommendation", "Autoscale", "ResourceHealth") }),
        },
        { name: "categories narrowed by config", config: { categories: ["Administrative"] }, resource: setting({ workspaceId, logs: on("Administrative") }) },
    ],
    invalid: [
        { name: "no destination", resource: setting({ logs: on("Administrative", "Alert", "Policy", "Security") }), messages: ["noDestination"] },
        {
            name: "Security and Policy off",
            resource: setting({ workspaceId, logs: [...on("Administrative", "Alert"), { category: "Security", enabled: false }] }),
            messages: [{ id: "categoriesMissing", data: { categories: ["Policy", "Security"] } }],
        },
        {
            name: "nothing at all",
            resource: setting({}),
            messages: ["noDestination", { id: "categoriesMissing", data: { categories: ["Administrative", "Alert", "Policy", "Security"] } }],
        },
        {
            name: "allLogs listed but off",
            resource: setting({ workspaceId, logs: [{ categoryGroup: "allLogs", enabled: false }] }),
            messages: [{ id: "categoriesMissing", data: { categories: ["Administrative", "Alert", "Policy", "Security"] } }],
        },
    ],
    undecided: [
        { name: "logs from config", resource: setting({ workspaceId, logs: unknown() }) },
        { name: "a category's flag from config", resource: setting({ workspaceId, logs: [...on("Administrative", "Alert", "Policy"), { category: "Security", enabled: unknown() }] }) },
    ],
});
