import { DdosProtectionPlan, VirtualNetwork } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/ddos-protection-plan-in-use";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const required = { requireInStack: true };
const planId = (name: string) => `/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/ddosProtectionPlans/${name}`;

const plan = (name: string, planName = name): StackTestResource => ({
    name, ...resource(DdosProtectionPlan, { ...rg, ddosProtectionPlanName: planName, location: "westeurope" }),
});
const vnet = (name: string, enableDdosProtection: boolean | undefined, id: unknown): StackTestResource => ({
    name, ...resource(VirtualNetwork, {
        ...rg, virtualNetworkName: name, addressSpace: { addressPrefixes: ["10.0.0.0/16"] },
        enableDdosProtection, ddosProtectionPlan: id === undefined ? undefined : { id: id as string },
    }),
});

testStackPolicy(policy, {
    valid: [
        {
            name: "a virtual network links the plan by its id, with protection on (names compared case-insensitively)",
            config: required,
            resources: [plan("ddos", "ddos-hub"), vnet("vnet", true, planId("DDOS-HUB"))],
        },
        {
            name: "first preview: the plan's id is unknown and the virtual network's input depends on the plan",
            config: required,
            resources: [plan("ddos"), { ...vnet("vnet", true, unknown()), dependsOn: { ddosProtectionPlan: ["ddos"] } }],
        },
    ],
    invalid: [
        {
            name: "a plan no virtual network links",
            config: required,
            resources: [plan("ddos"), vnet("vnet", undefined, undefined)],
            violations: [{ resource: "ddos", message: "planProtectsNothing" }],
        },
        {
            name: "a virtual network links the plan but leaves enableDdosProtection unset (false)",
            config: required,
            resources: [plan("ddos"), vnet("vnet", undefined, planId("ddos"))],
            violations: [{ resource: "ddos", message: "planProtectsNothing" }],
        },
        {
            name: "the virtual network's unknown plan id is built from the other plan",
            config: required,
            resources: [plan("ddos"), plan("other"), { ...vnet("vnet", true, unknown()), dependsOn: { ddosProtectionPlan: ["other"] } }],
            violations: [{ resource: "ddos", message: "planProtectsNothing" }],
        },
    ],
    undecided: [
        {
            name: "requireInStack off (the default): a virtual network of another stack may link the plan",
            resources: [plan("ddos")],
        },
        {
            name: "the virtual network's plan id is unknown and depends on nothing in the stack",
            config: required,
            resources: [plan("ddos"), vnet("vnet", true, unknown())],
        },
    ],
});
