import { Workspace } from "@pulumi/azure-native/machinelearningservices";
import policy from "../../../policies/networking/ml-workspace-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "public network access disabled", resource: resource(Workspace, { ...base, publicNetworkAccess: "Disabled" }) },
    ],
    invalid: [
        { name: "unset: Enabled by default", resource: resource(Workspace, base), messages: ["publicAccessEnabled"] },
        { name: "Enabled", resource: resource(Workspace, { ...base, publicNetworkAccess: "Enabled" }), messages: ["publicAccessEnabled"] },
    ],
    undecided: [
        { name: "setting from another resource", resource: resource(Workspace, { ...base, publicNetworkAccess: unknown() }) },
    ],
});
