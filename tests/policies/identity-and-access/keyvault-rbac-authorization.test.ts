import { Vault } from "@pulumi/azure-native/keyvault";
import policy from "../../../policies/identity-and-access/keyvault-rbac-authorization";
import { resource, testResourcePolicy, unknown } from "../../tester";

const props = { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" as const } };
const vault = (extra: object) => resource(Vault, { resourceGroupName: "rg", properties: { ...props, ...extra } });

testResourcePolicy(policy, {
    valid: [
        { name: "RBAC authorization", resource: vault({ enableRbacAuthorization: true }) },
    ],
    invalid: [
        {
            name: "access policies",
            resource: vault({ enableRbacAuthorization: false, accessPolicies: [] }),
            messages: ["rbacAuthorizationOff"],
        },
        {
            name: "unset: defaults to false (access policies)",
            resource: vault({}),
            messages: ["rbacAuthorizationOff"],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: vault({ enableRbacAuthorization: unknown() }) },
    ],
});
