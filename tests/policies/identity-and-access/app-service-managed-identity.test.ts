import { WebApp, WebAppSlot } from "@pulumi/azure-native/web";
import policy from "../../../policies/identity-and-access/app-service-managed-identity";
import { resource, testResourcePolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg", name: "shop" };

testResourcePolicy(policy, {
    valid: [
        { name: "system-assigned", resource: resource(WebApp, { ...rg, identity: { type: "SystemAssigned" } }) },
        { name: "both kinds", resource: resource(WebApp, { ...rg, identity: { type: "SystemAssigned, UserAssigned" } }) },
        { name: "slot with a user-assigned identity", resource: resource(WebAppSlot, { ...rg, slot: "staging", identity: { type: "UserAssigned" } }) },
    ],
    invalid: [
        {
            name: "unset: no managed identity",
            resource: resource(WebApp, rg),
            messages: ["noManagedIdentity"],
        },
        {
            name: "slot with identity None",
            resource: resource(WebAppSlot, { ...rg, slot: "staging", identity: { type: "None" } }),
            messages: ["noManagedIdentity"],
        },
    ],
    undecided: [
        { name: "identity type from config", resource: resource(WebApp, { ...rg, identity: { type: unknown() } }) },
    ],
});
