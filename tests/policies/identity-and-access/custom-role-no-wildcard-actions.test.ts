import { RoleDefinition } from "@pulumi/azure-native/authorization";
import policy from "../../../policies/identity-and-access/custom-role-no-wildcard-actions";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { scope: "/subscriptions/00000000-0000-0000-0000-000000000000", roleName: "vm-operator" };

testResourcePolicy(policy, {
    valid: [
        {
            name: "specific actions and a provider wildcard",
            resource: resource(RoleDefinition, { ...base, permissions: [{ actions: ["Microsoft.Compute/virtualMachines/start/action", "Microsoft.Compute/*/read"] }] }),
        },
        { name: "data actions only", resource: resource(RoleDefinition, { ...base, permissions: [{ dataActions: ["*"] }] }) },
    ],
    invalid: [
        {
            name: "every action in the second permission",
            resource: resource(RoleDefinition, { ...base, permissions: [{ actions: ["Microsoft.Compute/*/read"] }, { actions: ["*"], notActions: ["Microsoft.Authorization/*/Delete"] }] }),
            messages: [{ id: "wildcardAction", data: { index: 1 } }],
        },
    ],
    undecided: [
        {
            name: "actions from config; the known permission is still checked",
            resource: resource(RoleDefinition, { ...base, permissions: [{ actions: unknown() }, { actions: ["Microsoft.Compute/*/read"] }] }),
        },
    ],
});
