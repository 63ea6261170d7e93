import { Registry } from "@pulumi/azure-native/containerregistry";
import policy from "../../../policies/identity-and-access/acr-admin-user-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "Premium" } };

testResourcePolicy(policy, {
    valid: [
        { name: "admin user disabled", resource: resource(Registry, { ...base, adminUserEnabled: false }) },
        { name: "unset: defaults to false", resource: resource(Registry, base) },
    ],
    invalid: [
        {
            name: "admin user enabled",
            resource: resource(Registry, { ...base, adminUserEnabled: true }),
            messages: ["adminUserEnabled"],
        },
    ],
    undecided: [
        { name: "flag from config", resource: resource(Registry, { ...base, adminUserEnabled: unknown() }) },
    ],
});
