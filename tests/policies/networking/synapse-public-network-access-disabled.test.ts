import { Workspace } from "@pulumi/azure-native/synapse";
import policy from "../../../policies/networking/synapse-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", identity: { type: "SystemAssigned" as const } };

testResourcePolicy(policy, {
    valid: [
        { name: "public network access disabled", resource: resource(Workspace, { ...base, publicNetworkAccess: "Disabled" }) },
        { name: "case-insensitive", resource: resource(Workspace, { ...base, publicNetworkAccess: "disabled" }) },
    ],
    invalid: [
        { name: "unset: Enabled by default", resource: resource(Workspace, base), messages: ["publicAccessEnabled"] },
        { name: "Enabled", resource: resource(Workspace, { ...base, publicNetworkAccess: "Enabled" }), messages: ["publicAccessEnabled"] },
    ],
    undecided: [
        { name: "setting from another resource", resource: resource(Workspace, { ...base, publicNetworkAccess: unknown() }) },
    ],
});
