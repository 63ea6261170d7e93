import { Vault } from "@pulumi/azure-native/keyvault";
import policy from "../../../policies/identity-and-access/keyvault-rbac-authorization";
import { resource, testResourcePolicy, tokenOf, unknown, versioned } from "../../tester";

const props = { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" as const } };
const vault = (extra: object) => resource(Vault, { resourceGroupName: "rg", properties: { ...props, ...extra } });
/** The same vault under an explicit Key Vault API version (a locally generated SDK's token). */
const atVersion = (version: string, extra: object) => ({ ...vault(extra), type: versioned(tokenOf(Vault), version) });

testResourcePolicy(policy, {
    valid: [
        { name: "RBAC authorization", resource: vault({ enableRbacAuthorization: true }) },
        { name: "unset under API 2026-02-01: new vaults use Azure RBAC", resource: atVersion("v20260201", {}) },
        { name: "unset under a later preview API", resource: atVersion("v20260401preview", {}) },
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
        {
            name: "unset under API 2023-07-01: false",
            resource: atVersion("v20230701", {}),
            messages: ["rbacAuthorizationOff"],
        },
        {
            name: "access policies chosen explicitly under API 2026-02-01",
            resource: atVersion("v20260201", { enableRbacAuthorization: false }),
            messages: ["rbacAuthorizationOff"],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: vault({ enableRbacAuthorization: unknown() }) },
    ],
});
