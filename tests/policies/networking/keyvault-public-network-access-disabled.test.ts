import type { types } from "@pulumi/azure-native";
import { Vault } from "@pulumi/azure-native/keyvault";
import policy from "../../../policies/networking/keyvault-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const props = { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" as const } };
const vault = (more: Partial<types.input.keyvault.VaultPropertiesArgs>) =>
    resource(Vault, { resourceGroupName: "rg", properties: { ...props, ...more } });

testResourcePolicy(policy, {
    valid: [
        { name: "public network access disabled", resource: vault({ publicNetworkAccess: "Disabled" }) },
        { name: "disabled, in the lower case the REST spec uses", resource: vault({ publicNetworkAccess: "disabled", networkAcls: { defaultAction: "Allow" } }) },
    ],
    invalid: [
        { name: "unset: enabled", resource: vault({}), messages: ["publicAccessEnabled"] },
        { name: "a public endpoint behind the firewall is still public", resource: vault({ networkAcls: { defaultAction: "Deny", ipRules: [{ value: "203.0.113.7" }] } }),
            messages: ["publicAccessEnabled"] },
        { name: "enabled", resource: vault({ publicNetworkAccess: "enabled" }), messages: ["publicAccessEnabled"] },
    ],
    undecided: [
        { name: "public access from another resource", resource: vault({ publicNetworkAccess: unknown() }) },
        { name: "properties from another resource", resource: resource(Vault, { resourceGroupName: "rg", properties: unknown() }) },
    ],
});
