import { AppServicePlan } from "@pulumi/azure-native/web";
import policy from "../../../policies/networking/app-service-plan-dedicated-compute";
import { resource, testResourcePolicy, unknown } from "../../tester";

const plan = (sku?: object) => resource(AppServicePlan, { resourceGroupName: "rg", sku });

testResourcePolicy(policy, {
    valid: [
        { name: "Basic", resource: plan({ name: "B1", tier: "Basic" }) },
        { name: "Premium v3, name only", resource: plan({ name: "P1v3" }) },
        { name: "Elastic Premium", resource: plan({ name: "EP1", tier: "ElasticPremium" }) },
        { name: "Consumption", resource: plan({ name: "Y1", tier: "Dynamic" }) },
        { name: "sku unset", resource: plan() },
    ],
    invalid: [
        { name: "Free", resource: plan({ name: "F1", tier: "Free" }), messages: ["sharedCompute"] },
        { name: "Free by name only", resource: plan({ name: "f1" }), messages: ["sharedCompute"] },
        { name: "Shared", resource: plan({ name: "D1", tier: "Shared" }), messages: ["sharedCompute"] },
        { name: "Shared by tier only", resource: plan({ tier: "Shared" }), messages: ["sharedCompute"] },
    ],
    undecided: [
        { name: "sku name from another resource", resource: plan({ name: unknown() }) },
    ],
});
