import { Workspace } from "@pulumi/azure-native/synapse";
import policy from "../../../policies/networking/synapse-data-exfiltration-protection";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", identity: { type: "SystemAssigned" as const } };

testResourcePolicy(policy, {
    valid: [
        {
            name: "managed virtual network with exfiltration protection",
            resource: resource(Workspace, { ...base, managedVirtualNetwork: "default", managedVirtualNetworkSettings: { preventDataExfiltration: true, allowedAadTenantIdsForLinking: [] } }),
        },
    ],
    invalid: [
        { name: "unset: no managed virtual network", resource: resource(Workspace, base), messages: ["noManagedNetwork"] },
        { name: "empty managed virtual network name", resource: resource(Workspace, { ...base, managedVirtualNetwork: "" }), messages: ["noManagedNetwork"] },
        { name: "managed virtual network without protection", resource: resource(Workspace, { ...base, managedVirtualNetwork: "default" }), messages: ["exfiltrationAllowed"] },
        {
            name: "protection turned off",
            resource: resource(Workspace, { ...base, managedVirtualNetwork: "default", managedVirtualNetworkSettings: { preventDataExfiltration: false } }),
            messages: ["exfiltrationAllowed"],
        },
    ],
    undecided: [
        { name: "managed virtual network from config", resource: resource(Workspace, { ...base, managedVirtualNetwork: unknown() }) },
        {
            name: "protection from config",
            resource: resource(Workspace, { ...base, managedVirtualNetwork: "default", managedVirtualNetworkSettings: { preventDataExfiltration: unknown() } }),
        },
    ],
});
