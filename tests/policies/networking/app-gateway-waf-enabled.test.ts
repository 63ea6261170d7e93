import { ApplicationGateway } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/app-gateway-waf-enabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const wafPolicyId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies/waf";
const waf = (enabled: boolean) => ({ enabled, firewallMode: "Prevention", ruleSetType: "OWASP", ruleSetVersion: "3.2" });
const gateway = (args: Partial<ConstructorParameters<typeof ApplicationGateway>[1]> = {}) => resource(ApplicationGateway, {
    resourceGroupName: "rg", sku: { name: "WAF_v2", tier: "WAF_v2", capacity: 2 }, ...args,
});

testResourcePolicy(policy, {
    valid: [
        { name: "WAF policy linked", resource: gateway({ firewallPolicy: { id: wafPolicyId } }) },
        { name: "inline WAF configuration enabled", resource: gateway({ webApplicationFirewallConfiguration: waf(true) }) },
        {
            name: "inline WAF off but a WAF policy linked",
            resource: gateway({ firewallPolicy: { id: wafPolicyId }, webApplicationFirewallConfiguration: waf(false) }),
        },
        {
            name: "inline WAF enabled, policy id from another resource",
            resource: gateway({ firewallPolicy: { id: unknown() }, webApplicationFirewallConfiguration: waf(true) }),
        },
    ],
    invalid: [
        {
            name: "no WAF at all (Standard_v2)",
            resource: gateway({ sku: { name: "Standard_v2", tier: "Standard_v2", capacity: 2 } }),
            messages: ["wafMissing"],
        },
        { name: "an empty firewallPolicy reference", resource: gateway({ firewallPolicy: {} }), messages: ["wafMissing"] },
        { name: "inline WAF disabled", resource: gateway({ webApplicationFirewallConfiguration: waf(false) }), messages: ["wafDisabled"] },
    ],
    undecided: [
        { name: "WAF policy id from another resource", resource: gateway({ firewallPolicy: { id: unknown() } }) },
        {
            name: "inline WAF flag from config not yet known",
            resource: gateway({ webApplicationFirewallConfiguration: { ...waf(true), enabled: unknown() } }),
        },
    ],
});
