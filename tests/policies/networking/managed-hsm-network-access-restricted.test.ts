import { ManagedHsm } from "@pulumi/azure-native/keyvault";
import type { ManagedHsmArgs } from "@pulumi/azure-native/keyvault";
import policy from "../../../policies/networking/managed-hsm-network-access-restricted";
import { resource, testResourcePolicy, unknown } from "../../tester";

const hsm = (properties?: ManagedHsmArgs["properties"]) => resource(ManagedHsm, {
    resourceGroupName: "rg", sku: { family: "B", name: "Standard_B1" }, properties,
});

testResourcePolicy(policy, {
    valid: [
        { name: "public network access disabled", resource: hsm({ publicNetworkAccess: "Disabled" }) },
        { name: "firewall denies by default (case-insensitive)", resource: hsm({ networkAcls: { defaultAction: "deny", bypass: "None",
            ipRules: [{ value: "203.0.113.0/24" }] } }) },
    ],
    invalid: [
        { name: "no properties: public and open by default", resource: hsm(), messages: ["networkDefaultAllow"] },
        { name: "Enabled with defaultAction Allow", resource: hsm({ publicNetworkAccess: "Enabled", networkAcls: { defaultAction: "Allow" } }),
            messages: ["networkDefaultAllow"] },
        { name: "networkAcls without defaultAction", resource: hsm({ networkAcls: { bypass: "AzureServices" } }), messages: ["networkDefaultAllow"] },
    ],
    undecided: [
        { name: "public access from another output, firewall unset", resource: hsm({ publicNetworkAccess: unknown() }) },
        { name: "default action unknown", resource: hsm({ networkAcls: { defaultAction: unknown() } }) },
    ],
});
