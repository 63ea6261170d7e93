import { Workspace } from "@pulumi/azure-native/databricks";
import policy from "../../../policies/networking/databricks-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "premium" } };

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
