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
        {
            name: "strict: public access disabled and default action Deny",
            resource: resource(StorageAccount, { ...base, publicNetworkAccess: "Disabled", networkRuleSet: { defaultAction: "Deny" } }),
            config: { acceptPublicAccessDisabled: false },
        },
        {
            name: "virtual network rules only: Deny with a virtual network rule and an empty ipRules",
            resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: "Deny", ipRules: [], virtualNetworkRules: [{ virtualNetworkResourceId: unknown() }] } }),
            config: { virtualNetworkRulesOnly: true },
        },
        {
            name: "ipRules behind Deny pass at the default config",
            resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: "203.0.113.0/24" }] } }),
        },
    ],
    invalid: [
        { name: "unset: the default action is Allow", resource: resource(StorageAccount, base), messages: ["networkDefaultAllow"] },
        {
            name: "default action Allow with public access enabled",
            resource: resource(StorageAccount, { ...base, publicNetworkAccess: "Enabled", networkRuleSet: { defaultAction: "Allow", ipRules: [{ iPAddressOrRange: "203.0.113.0/24" }] } }),
            messages: ["networkDefaultAllow"],
        },
        {
            name: "strict: public access disabled but the default action is Allow",
            resource: resource(StorageAccount, { ...base, publicNetworkAccess: "Disabled" }),
            config: { acceptPublicAccessDisabled: false },
            messages: ["defaultAllowBehindPublicAccessOff"],
        },
        {
            name: "virtual network rules only: ipRules behind Deny",
            resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: "203.0.113.0/24" }] } }),
            config: { virtualNetworkRulesOnly: true },
            messages: ["ipRulesNotAccepted"],
        },
    ],
    undecided: [
        { name: "default action from another resource", resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: unknown() } }) },
        {
            name: "virtual network rules only: ipRules from another resource",
            resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: "Deny", ipRules: unknown() } }),
            config: { virtualNetworkRulesOnly: true },
        },
    ],
});
