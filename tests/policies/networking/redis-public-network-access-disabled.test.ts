import { Redis } from "@pulumi/azure-native/redis";
import policy from "../../../policies/networking/redis-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "Standard", family: "C", capacity: 1 } };

testResourcePolicy(policy, {
    valid: [
        { name: "public network access disabled", resource: resource(Redis, { ...base, publicNetworkAccess: "Disabled" }) },
        { name: "Premium cache injected into a subnet, unknown at preview", resource: resource(Redis, { ...base, sku: { name: "Premium", family: "P", capacity: 1 }, subnetId: unknown() }) },
    ],
    invalid: [
        { name: "unset: Enabled by default", resource: resource(Redis, base), messages: ["publicAccessEnabled"] },
        { name: "Enabled", resource: resource(Redis, { ...base, publicNetworkAccess: "Enabled" }), messages: ["publicAccessEnabled"] },
    ],
    undecided: [
        { name: "setting from another resource", resource: resource(Redis, { ...base, publicNetworkAccess: unknown() }) },
    ],
});
