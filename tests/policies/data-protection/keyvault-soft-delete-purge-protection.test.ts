import { Vault } from "@pulumi/azure-native/keyvault";
import policy from "../../../policies/data-protection/keyvault-soft-delete-purge-protection";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const properties = { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" as const } };
const vault = (more: object) => resource(Vault, { resourceGroupName: "rg", properties: { ...properties, ...more } });

testResourcePolicy(policy, {
    valid: [
        { name: "purge protection on, soft delete unset: defaults to true", resource: vault({ enablePurgeProtection: true }) },
        { name: "both set", resource: vault({ enableSoftDelete: true, enablePurgeProtection: true }) },
        { name: "recovering a deleted vault: settings come from it", resource: vault({ createMode: "recover" }) },
    ],
    invalid: [
        {
            name: "purge protection unset: not enabled by default",
            resource: vault({}),
            messages: ["purgeProtectionOff"],
        },
        {
            name: "soft delete off, purge protection off",
            resource: vault({ enableSoftDelete: false, enablePurgeProtection: false }),
            messages: ["softDeleteOff", "purgeProtectionOff"],
        },
    ],
    undecided: [
        { name: "flag from config of another resource", resource: vault({ enablePurgeProtection: unknown() }) },
        { name: "a vault read from Azure, without its properties", resource: resource(Vault, { resourceGroupName: "rg", properties: untyped(null) }) },
    ],
});
