import { Account } from "@pulumi/azure-native/cognitiveservices";
import { Service } from "@pulumi/azure-native/search";
import policy from "../../../policies/networking/cognitive-services-network-access-restricted";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "OpenAI", sku: { name: "S0" } };
const search = { resourceGroupName: "rg", sku: { name: "standard" } };

testResourcePolicy(policy, {
    valid: [
        { name: "public network access disabled", resource: resource(Account, { ...base, properties: { publicNetworkAccess: "Disabled" } }) },
        {
            name: "network rules deny by default",
            resource: resource(Account, { ...base, properties: { publicNetworkAccess: "Enabled", networkAcls: { defaultAction: "Deny", ipRules: [{ value: "203.0.113.0/24" }] } } }),
        },
        { name: "deny, public access still unknown", resource: resource(Account, { ...base, properties: { publicNetworkAccess: unknown(), networkAcls: { defaultAction: "Deny" } } }) },
        { name: "search: public network access disabled", resource: resource(Service, { ...search, publicNetworkAccess: "disabled" }) },
        { name: "search: firewall lists an address", resource: resource(Service, { ...search, networkRuleSet: { ipRules: [{ value: "203.0.113.7" }] } }) },
        { name: "search: one known address, another unknown", resource: resource(Service, { ...search, networkRuleSet: { ipRules: [unknown(), { value: "203.0.113.7" }] } }) },
    ],
    invalid: [
        { name: "unset: any network", resource: resource(Account, base), messages: ["accountOpen"] },
        {
            name: "enabled, network rules allow by default",
            resource: resource(Account, { ...base, properties: { publicNetworkAccess: "Enabled", networkAcls: { defaultAction: "Allow", ipRules: [{ value: "203.0.113.0/24" }] } } }),
            messages: ["accountOpen"],
        },
        { name: "search: unset, any address", resource: resource(Service, search), messages: ["searchOpen"] },
        { name: "search: enabled, empty firewall", resource: resource(Service, { ...search, publicNetworkAccess: "Enabled", networkRuleSet: { ipRules: [], bypass: "AzureServices" } }), messages: ["searchOpen"] },
        { name: "search: a rule without an address", resource: resource(Service, { ...search, networkRuleSet: { ipRules: [{}] } }), messages: ["searchOpen"] },
    ],
    undecided: [
        { name: "public access from another resource, no rules", resource: resource(Account, { ...base, properties: { publicNetworkAccess: unknown() } }) },
        { name: "properties from another resource", resource: resource(Account, { ...base, properties: unknown() }) },
        { name: "search: public access from another resource", resource: resource(Service, { ...search, publicNetworkAccess: unknown() }) },
        { name: "search: address from another resource", resource: resource(Service, { ...search, networkRuleSet: { ipRules: [{ value: unknown() }] } }) },
        { name: "search: rules from another resource", resource: resource(Service, { ...search, networkRuleSet: { ipRules: unknown() } }) },
    ],
});
