import { DataCollectionRule, DataCollectionRuleArgs } from "@pulumi/azure-native/monitor";
import policy from "../../../policies/monitoring-and-logging/data-collection-rule-trusted-destinations";
import { resource, testResourcePolicy, unknown } from "../../tester";

const ours = "11111111-1111-1111-1111-111111111111";
const workspace = `/subscriptions/${ours}/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law-security`;
const foreignWorkspace = "/subscriptions/99999999-9999-9999-9999-999999999999/resourceGroups/x/providers/Microsoft.OperationalInsights/workspaces/lawx";
const foreignHub = "/subscriptions/99999999-9999-9999-9999-999999999999/resourceGroups/x/providers/Microsoft.EventHub/namespaces/ns/eventhubs/hub";
const allowed = { allowedDestinationSubscriptionIds: [ours.toUpperCase()] };

const flows = [{ streams: ["Microsoft-SecurityEvent"], destinations: ["central"] }];
const dcr = (destinations: DataCollectionRuleArgs["destinations"]) => resource(DataCollectionRule, {
    resourceGroupName: "rg", dataCollectionRuleName: "dcr-security", dataFlows: flows, destinations,
});

testResourcePolicy(policy, {
    valid: [
        { name: "no list configured (the default): a workspace in any subscription", resource: dcr({ logAnalytics: [{ name: "central", workspaceResourceId: foreignWorkspace }] }) },
        { name: "a workspace in an allowed subscription (case-insensitive)", resource: dcr({ logAnalytics: [{ name: "central", workspaceResourceId: workspace }] }), config: allowed },
        { name: "Azure Monitor Metrics only", resource: dcr({ azureMonitorMetrics: { name: "metrics" } }), config: allowed },
        { name: "no destinations", resource: dcr(undefined), config: allowed },
    ],
    invalid: [
        {
            name: "a workspace in another subscription",
            resource: dcr({ logAnalytics: [{ name: "central", workspaceResourceId: workspace }, { name: "copy", workspaceResourceId: foreignWorkspace }] }),
            config: allowed,
            messages: [{ id: "destinationNotAllowed", data: { path: "destinations.logAnalytics[1].workspaceResourceId" } }],
        },
        {
            name: "an event hub in another subscription",
            resource: dcr({ eventHubsDirect: [{ name: "hub", eventHubResourceId: foreignHub }] }),
            config: allowed,
            messages: [{ id: "destinationNotAllowed", data: { path: "destinations.eventHubsDirect[0].eventHubResourceId" } }],
        },
        {
            name: "a destination id that is not a resource id",
            resource: dcr({ storageBlobsDirect: [{ name: "blob", containerName: "logs", storageAccountResourceId: "stlogs" }] }),
            config: allowed,
            messages: [{ id: "destinationNotAllowed", data: { path: "destinations.storageBlobsDirect[0].storageAccountResourceId" } }],
        },
    ],
    undecided: [
        { name: "the workspace id comes from another resource", resource: dcr({ logAnalytics: [{ name: "central", workspaceResourceId: unknown() }] }), config: allowed },
        { name: "destinations unknown as a whole", resource: dcr(unknown()), config: allowed },
    ],
});
