import { ManagedHsm } from "@pulumi/azure-native/keyvault";
import type { ManagedHsmArgs } from "@pulumi/azure-native/keyvault";
import policy from "../../../policies/data-protection/managed-hsm-purge-protection";
import { resource, testResourcePolicy, unknown } from "../../tester";

const hsm = (properties?: ManagedHsmArgs["properties"]) => resource(ManagedHsm, {
    resourceGroupName: "rg", sku: { family: "B", name: "Standard_B1" }, properties,
});
const admins = { tenantId: "00000000-0000-0000-0000-000000000001", initialAdminObjectIds: ["00000000-0000-0000-0000-000000000002"] };

testResourcePolicy(policy, {
    valid: [
        { name: "purge protection on", resource: hsm({ ...admins, enablePurgeProtection: true, softDeleteRetentionInDays: 90 }) },
        { name: "recovered pool: settings come from the deleted pool", resource: hsm({ createMode: "recover" }) },
    ],
    invalid: [
        { name: "no properties: purge protection off by default", resource: hsm(), messages: ["purgeProtectionOff"] },
        { name: "unset", resource: hsm(admins), messages: ["purgeProtectionOff"] },
        { name: "false", resource: hsm({ ...admins, enablePurgeProtection: false }), messages: ["purgeProtectionOff"] },
    ],
    undecided: [
        { name: "from config not yet known", resource: hsm({ ...admins, enablePurgeProtection: unknown() }) },
    ],
});
