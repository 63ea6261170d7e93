import type { types } from "@pulumi/azure-native";
import { Vault } from "@pulumi/azure-native/keyvault";
import policy from "../../../policies/networking/keyvault-network-default-deny";
import { resource, testResourcePolicy, unknown } from "../../tester";

const props = { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" as const } };
const vault = (more: Partial<types.input.keyvault.VaultPropertiesArgs>) =>
    resource(Vault, { resourceGroupName: "rg", properties: { ...props, ...more } });

testResourcePolicy(policy, {
    valid: [
        { name: "firewall on: default action Deny", resource: vault({ networkAcls: { defaultAction: "Deny", ipRules: [{ value: "203.0.113.7" }] } }) },
        { name: "public network access disabled", resource: vault({ publicNetworkAccess: "disabled" }) },
        { name: "public access disabled, whatever the firewall", resource: vault({ publicNetworkAccess: "Disabled", networkAcls: { defaultAction: "Allow" } }) },
    ],
    invalid: [
        { name: "unset: public access enabled and no firewall by default", resource: vault({}), messages: ["networkDefaultAllow"] },
        {
            name: "firewall default action Allow",
            resource: vault({ publicNetworkAccess: "enabled", networkAcls: { defaultAction: "Allow", bypass: "AzureServices" } }),
            messages: ["networkDefaultAllow"],
        },
    ],
    undecided: [
        { name: "public access from another resource", resource: vault({ publicNetworkAccess: unknown() }) },
    ],
});
