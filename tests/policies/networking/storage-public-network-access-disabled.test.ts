import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/networking/storage-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

testResourcePolicy(policy, {
    valid: [
        { name: "disabled", resource: resource(StorageAccount, { ...base, publicNetworkAccess: "Disabled" }) },
        { name: "case-insensitive", resource: resource(StorageAccount, { ...base, publicNetworkAccess: "disabled" }) },
        { name: "secured by a network security perimeter", resource: resource(StorageAccount, { ...base, publicNetworkAccess: "SecuredByPerimeter" }) },
    ],
    invalid: [
        { name: "unset: Enabled", resource: resource(StorageAccount, base), messages: ["publicAccessEnabled"] },
        {
            name: "enabled behind a Deny firewall: still a public endpoint",
            resource: resource(StorageAccount, { ...base, publicNetworkAccess: "Enabled", networkRuleSet: { defaultAction: "Deny" } }),
            messages: ["publicAccessEnabled"],
        },
    ],
    undecided: [
        { name: "set from another resource", resource: resource(StorageAccount, { ...base, publicNetworkAccess: unknown() }) },
    ],
});
