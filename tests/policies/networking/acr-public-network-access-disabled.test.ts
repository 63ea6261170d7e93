import { Registry } from "@pulumi/azure-native/containerregistry";
import policy from "../../../policies/networking/acr-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "Premium" } };

testResourcePolicy(policy, {
    valid: [
        { name: "public network access disabled", resource: resource(Registry, { ...base, publicNetworkAccess: "Disabled" }) },
        { name: "network rules deny by default", resource: resource(Registry, { ...base, networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: "203.0.113.0/24" }] } }) },
    ],
    invalid: [
        { name: "unset: public access Enabled by default", resource: resource(Registry, base), messages: ["publicAccessAllowed"] },
        {
            name: "enabled with an allow-all rule set",
            resource: resource(Registry, { ...base, publicNetworkAccess: "Enabled", networkRuleSet: { defaultAction: "Allow" } }),
            messages: ["publicAccessAllowed"],
        },
    ],
    undecided: [
        { name: "setting from another resource", resource: resource(Registry, { ...base, publicNetworkAccess: unknown() }) },
    ],
});
