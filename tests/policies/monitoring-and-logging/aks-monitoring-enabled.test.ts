import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/monitoring-and-logging/aks-monitoring-enabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };
const workspace = { logAnalyticsWorkspaceResourceID: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law" };

testResourcePolicy(policy, {
    valid: [
        { name: "Container insights enabled", resource: resource(ManagedCluster, { ...base, addonProfiles: { omsagent: { enabled: true, config: workspace } } }) },
        { name: "Container insights under the camel-case key", resource: resource(ManagedCluster, { ...base, addonProfiles: { omsAgent: { enabled: true } } }) },
        { name: "Managed Prometheus enabled", resource: resource(ManagedCluster, { ...base, azureMonitorProfile: { metrics: { enabled: true } } }) },
    ],
    invalid: [
        {
            name: "unset: both are off by default",
            resource: resource(ManagedCluster, base),
            messages: ["monitoringOff"],
        },
        {
            name: "Container insights disabled, other add-ons on",
            resource: resource(ManagedCluster, { ...base, addonProfiles: { omsagent: { enabled: false }, azurepolicy: { enabled: true } }, azureMonitorProfile: { metrics: { enabled: false } } }),
            messages: ["monitoringOff"],
        },
    ],
    undecided: [
        { name: "add-on switch from another resource", resource: resource(ManagedCluster, { ...base, addonProfiles: { omsagent: { enabled: unknown() } } }) },
    ],
});
