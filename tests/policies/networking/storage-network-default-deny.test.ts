import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/networking/storage-network-default-deny";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

testResourcePolicy(policy, {
    valid: [
        {
            name: "default action Deny with a virtual network rule",
            resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: "Deny", virtualNetworkRules: [{ virtualNetworkResourceId: unknown() }] } }),
        },
        { name: "public network access disabled", resource: resource(StorageAccount, { ...base, publicNetworkAccess: "Disabled" }) },
        { name: "secured by a network security perimeter", resource: resource(StorageAccount, { ...base, publicNetworkAccess: "SecuredByPerimeter" }) },
        { name: "case-insensitive", resource: resource(StorageAccount, { ...base, publicNetworkAccess: "disabled" }) },
    ],
    invalid: [
        { name: "unset: the default action is Allow", resource: resource(StorageAccount, base), messages: ["networkDefaultAllow"] },
        {
            name: "default action Allow with public access enabled",
            resource: resource(StorageAccount, { ...base, publicNetworkAccess: "Enabled", networkRuleSet: { defaultAction: "Allow", ipRules: [{ iPAddressOrRange: "203.0.113.0/24" }] } }),
            messages: ["networkDefaultAllow"],
        },
    ],
    undecided: [
        { name: "default action from another resource", resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: unknown() } }) },
    ],
});
