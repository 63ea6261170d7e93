import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/monitoring-and-logging/aks-defender-profile";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };
const workspaceId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";

testResourcePolicy(policy, {
    valid: [
        {
            name: "Defender sensor enabled",
            resource: resource(ManagedCluster, { ...base, securityProfile: { defender: { securityMonitoring: { enabled: true }, logAnalyticsWorkspaceResourceId: workspaceId } } }),
        },
    ],
    invalid: [
        {
            name: "unset: no Defender profile by default",
            resource: resource(ManagedCluster, base),
            messages: ["defenderOff"],
        },
        {
            name: "Defender sensor disabled",
            resource: resource(ManagedCluster, { ...base, securityProfile: { defender: { securityMonitoring: { enabled: false } } } }),
            messages: ["defenderOff"],
        },
    ],
    undecided: [
        { name: "switch from another resource", resource: resource(ManagedCluster, { ...base, securityProfile: { defender: { securityMonitoring: { enabled: unknown() } } } }) },
    ],
});
