import { PublicIPAddress, VirtualNetwork } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/vnet-ddos-protection";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const planId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/ddosProtectionPlans/plan";
const ip = (ddosSettings?: object) => resource(PublicIPAddress, { resourceGroupName: "rg", sku: { name: "Standard" }, ddosSettings });
const vnet = (more: object = {}) => resource(VirtualNetwork, {
    resourceGroupName: "rg", addressSpace: { addressPrefixes: ["10.0.0.0/16"] }, ...more,
});

testResourcePolicy(policy, {
    valid: [
        { name: "protection on with a plan", resource: vnet({ enableDdosProtection: true, ddosProtectionPlan: { id: planId } }) },
        { name: "plan id from another resource: its presence decides", resource: vnet({ enableDdosProtection: true, ddosProtectionPlan: { id: unknown() } }) },
        { name: "public IP inheriting its virtual network's protection (unset)", resource: ip() },
        { name: "public IP with DDoS IP Protection", resource: ip({ protectionMode: "Enabled" }) },
        { name: "public IP inheriting explicitly", resource: ip({ protectionMode: "VirtualNetworkInherited" }) },
    ],
    invalid: [
        { name: "unset: off", resource: vnet(), messages: ["protectionOff"] },
        { name: "off with a plan linked", resource: vnet({ enableDdosProtection: false, ddosProtectionPlan: { id: planId } }), messages: ["protectionOff"] },
        { name: "on without a plan", resource: vnet({ enableDdosProtection: true }), messages: ["planMissing"] },
        { name: "on with an empty plan reference", resource: vnet({ enableDdosProtection: true, ddosProtectionPlan: untyped({}) }), messages: ["planMissing"] },
        { name: "public IP opting out", resource: ip({ protectionMode: "disabled" }), messages: ["ipProtectionDisabled"] },
    ],
    undecided: [
        { name: "public IP mode from another resource", resource: ip({ protectionMode: unknown() }) },
        { name: "flag from another resource", resource: vnet({ enableDdosProtection: unknown() }) },
    ],
});
