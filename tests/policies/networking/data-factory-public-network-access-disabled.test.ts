import { Factory } from "@pulumi/azure-native/datafactory";
import policy from "../../../policies/networking/data-factory-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", identity: { type: "SystemAssigned" } };

testResourcePolicy(policy, {
    valid: [
        { name: "public network access disabled", resource: resource(Factory, { ...base, publicNetworkAccess: "Disabled" }) },
        { name: "case-insensitive", resource: resource(Factory, { ...base, publicNetworkAccess: "disabled" }) },
    ],
    invalid: [
        { name: "unset: Enabled by default", resource: resource(Factory, base), messages: ["publicAccessEnabled"] },
        { name: "Enabled", resource: resource(Factory, { ...base, publicNetworkAccess: "Enabled" }), messages: ["publicAccessEnabled"] },
    ],
    undecided: [
        { name: "setting from another resource", resource: resource(Factory, { ...base, publicNetworkAccess: unknown() }) },
    ],
});
