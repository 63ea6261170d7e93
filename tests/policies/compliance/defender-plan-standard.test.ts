import { Pricing } from "@pulumi/azure-native/security";
import policy from "../../../policies/compliance/defender-plan-standard";
import { resource, testResourcePolicy, unknown } from "../../tester";

const scope = { scopeId: "/subscriptions/00000000-0000-0000-0000-000000000000", pricingName: "VirtualMachines" };

testResourcePolicy(policy, {
    valid: [
        { name: "Standard tier", resource: resource(Pricing, { ...scope, pricingTier: "Standard", subPlan: "P2" }) },
    ],
    invalid: [
        {
            name: "Free tier",
            resource: resource(Pricing, { ...scope, pricingTier: "Free" }),
            messages: ["notStandard"],
        },
    ],
    undecided: [
        { name: "tier from config", resource: resource(Pricing, { ...scope, pricingTier: unknown() }) },
    ],
});
