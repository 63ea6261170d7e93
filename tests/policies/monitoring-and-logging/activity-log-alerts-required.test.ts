import { ActivityLogAlert, ActivityLogAlertArgs, SubscriptionDiagnosticSetting } from "@pulumi/azure-native/monitor";
import type { input } from "@pulumi/azure-native/types";
import policy from "../../../policies/monitoring-and-logging/activity-log-alerts-required";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const subscription = "/subscriptions/00000000-0000-0000-0000-000000000000";
const actions = { actionGroups: [{ actionGroupId: `${subscription}/resourceGroups/rg/providers/Microsoft.Insights/actionGroups/secops` }] };
const alert = (name: string, allOf: input.monitor.AlertRuleAnyOfOrLeafConditionArgs[], more: Partial<ActivityLogAlertArgs> = {}): StackTestResource => ({
    name, ...resource(ActivityLogAlert, { resourceGroupName: "rg", location: "Global", scopes: [subscription], actions, condition: { allOf }, ...more }),
});
const administrative = { field: "category", equals: "Administrative" };
const operation = (name: string, op: string, more: Partial<ActivityLogAlertArgs> = {}) =>
    alert(name, [administrative, { field: "operationName", equals: op }], more);
const serviceHealth = alert("service-health", [{ field: "category", equals: "ServiceHealth" }]);
const cis = [
    "Microsoft.Authorization/policyAssignments/write", "Microsoft.Authorization/policyAssignments/delete",
    "Microsoft.Network/networkSecurityGroups/write", "Microsoft.Network/networkSecurityGroups/delete",
    "Microsoft.Security/securitySolutions/write", "Microsoft.Security/securitySolutions/delete",
    "Microsoft.Sql/servers/firewallRules/write", "Microsoft.Sql/servers/firewallRules/delete",
    "Microsoft.Network/publicIPAddresses/write", "Microsoft.Network/publicIPAddresses/delete",
];
const allAlerts = [...cis.map((op, i) => operation(`op-${i}`, op)), serviceHealth];
const onlyNsg = { operations: ["Microsoft.Network/networkSecurityGroups/write"], serviceHealth: false };
const required = { requireInStack: true };

testStackPolicy(policy, {
    valid: [
        { name: "one alert per CIS operation, and Service Health", config: required, resources: allAlerts },
        {
            name: "one alert with containsAny, in another case; Service Health through anyOf",
            config: required,
            resources: [
                alert("admin", [administrative, { field: "operationName", containsAny: cis.map((op) => op.toLowerCase()) }]),
                alert("health", [{ anyOf: [{ field: "category", equals: "servicehealth" }, { field: "category", equals: "ResourceHealth" }] }]),
            ],
        },
        { name: "operations narrowed by config", config: { ...onlyNsg, ...required }, resources: [operation("nsg", "Microsoft.Network/networkSecurityGroups/write", { enabled: true })] },
        {
            name: "one condition from config, another naming the operation",
            config: { ...onlyNsg, ...required },
            resources: [alert("nsg", [{ field: unknown(), equals: "rg" }, { field: "operationName", equals: "Microsoft.Network/networkSecurityGroups/write" }])],
        },
        {
            name: "a stack without activity log alerts is left alone",
            config: required,
            resources: [{ name: "export", ...resource(SubscriptionDiagnosticSetting, { name: "activity-log", workspaceId: `${subscription}/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law` }) }],
        },
    ],
    invalid: [
        {
            name: "required here: only Service Health",
            config: required,
            resources: [serviceHealth],
            violations: [{ resource: "service-health", message: { id: "alertsMissing", data: { operations: cis } } }],
        },
        {
            name: "required here: the NSG alert scoped to a resource group only, no Service Health alert",
            config: { ...required, operations: onlyNsg.operations },
            resources: [operation("nsg", "Microsoft.Network/networkSecurityGroups/write", { scopes: [`${subscription}/resourceGroups/rg`] })],
            violations: [
                { resource: "nsg", message: { id: "alertsMissing", data: { operations: onlyNsg.operations } } },
                { resource: "nsg", message: "serviceHealthMissing" },
            ],
        },
        {
            name: "a disabled alert",
            config: onlyNsg,
            resources: [operation("nsg", "Microsoft.Network/networkSecurityGroups/write", { enabled: false })],
            violations: [{ resource: "nsg", message: "alertDisabled" }],
        },
    ],
    undecided: [
        { name: "by default, alerts another stack may declare", resources: [serviceHealth] },
        { name: "the operation from config", config: { ...onlyNsg, ...required }, resources: [alert("nsg", [administrative, { field: "operationName", equals: unknown() }])] },
        { name: "the scope from another resource", config: { ...onlyNsg, ...required }, resources: [operation("nsg", "Microsoft.Network/networkSecurityGroups/write", { scopes: [unknown()] })] },
        { name: "enabled from config", config: onlyNsg, resources: [operation("nsg", "Microsoft.Network/networkSecurityGroups/write", { enabled: unknown() })] },
    ],
});
