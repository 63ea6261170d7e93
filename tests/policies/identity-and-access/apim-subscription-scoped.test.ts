import { Subscription } from "@pulumi/azure-native/apimanagement";
import policy from "../../../policies/identity-and-access/apim-subscription-scoped";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const service = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/apim";
const subscription = (scope: string, state?: ConstructorParameters<typeof Subscription>[1]["state"]) => resource(Subscription, {
    resourceGroupName: "rg", serviceName: "apim", sid: "partner", displayName: "Partner", scope, state,
});

testResourcePolicy(policy, {
    valid: [
        { name: "a product", resource: subscription("/products/starter", "active") },
        { name: "one API", resource: subscription(`${service}/apis/orders`, "active") },
        { name: "all APIs, unset state: submitted, not active", resource: subscription("/apis") },
        { name: "all APIs, suspended", resource: subscription("/apis", "suspended") },
        { name: "scope from another resource on a cancelled subscription", resource: subscription(unknown(), "cancelled") },
    ],
    invalid: [
        { name: "all APIs, short form", resource: subscription("/apis", "active"), messages: ["allApisScope"] },
        { name: "all APIs, full id, any case", resource: subscription(`${service}/APIs`, untyped("Active")), messages: ["allApisScope"] },
    ],
    undecided: [
        { name: "scope from another resource", resource: subscription(unknown(), "active") },
        { name: "state from config not yet known", resource: subscription("/apis", unknown()) },
    ],
});
