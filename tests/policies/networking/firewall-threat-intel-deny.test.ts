import { AzureFirewall, FirewallPolicy } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/firewall-threat-intel-deny";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const rg = { resourceGroupName: "rg" };
const fwPolicy = (more: object = {}) => resource(FirewallPolicy, { ...rg, ...more });
const firewall = (more: object = {}) => resource(AzureFirewall, { ...rg, sku: { name: "AZFW_VNet", tier: "Standard" }, ...more });
const policyId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/firewallPolicies/fp";

testResourcePolicy(policy, {
    valid: [
        { name: "firewall policy in Deny mode", resource: fwPolicy({ threatIntelMode: "Deny" }) },
        { name: "case-insensitive", resource: fwPolicy({ threatIntelMode: "deny", sku: { tier: "Premium" } }) },
        { name: "Basic tier supports Alert only", resource: fwPolicy({ sku: { tier: "Basic" } }) },
        { name: "Alert accepted by config", resource: fwPolicy({ threatIntelMode: "Alert" }), config: { acceptAlert: true } },
        { name: "firewall managed by a firewall policy (checked there)", resource: firewall({ firewallPolicy: { id: policyId } }) },
        { name: "firewall policy id not known yet: its presence decides", resource: firewall({ firewallPolicy: { id: unknown() } }) },
        { name: "a child policy without a mode inherits its base policy's", resource: fwPolicy({ basePolicy: { id: policyId } }) },
        { name: "classic firewall in Deny mode", resource: firewall({ threatIntelMode: "Deny" }) },
        { name: "classic Basic firewall in Alert mode", resource: firewall({ sku: { name: "AZFW_VNet", tier: "Basic" }, threatIntelMode: "Alert" }) },
    ],
    invalid: [
        { name: "firewall policy without threatIntelMode: Alert", resource: fwPolicy(), messages: ["policyNotDeny"] },
        { name: "firewall policy in Alert mode", resource: fwPolicy({ threatIntelMode: "Alert", sku: { tier: "Standard" } }), messages: ["policyNotDeny"] },
        { name: "a child policy's own Alert mode", resource: fwPolicy({ basePolicy: { id: policyId }, threatIntelMode: "Alert" }), messages: ["policyNotDeny"] },
        { name: "firewall policy Off", resource: fwPolicy({ threatIntelMode: "Off" }), messages: ["policyOff"] },
        { name: "Off fails even where Alert is accepted", resource: fwPolicy({ threatIntelMode: "off", sku: { tier: "Basic" } }), config: { acceptAlert: true }, messages: ["policyOff"] },
        { name: "classic firewall without threatIntelMode", resource: firewall(), messages: ["firewallNotDeny"] },
        { name: "classic firewall with a null policy link", resource: firewall({ firewallPolicy: untyped(null), threatIntelMode: "Alert" }), messages: ["firewallNotDeny"] },
        { name: "classic firewall Off", resource: firewall({ firewallPolicy: {}, threatIntelMode: "Off" }), messages: ["firewallOff"] },
    ],
    undecided: [
        { name: "policy mode from another resource", resource: fwPolicy({ threatIntelMode: unknown() }) },
        { name: "classic firewall mode from another resource", resource: firewall({ threatIntelMode: unknown() }) },
    ],
});
