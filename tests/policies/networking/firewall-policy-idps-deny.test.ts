import { FirewallPolicy } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/firewall-policy-idps-deny";
import { resource, testResourcePolicy, unknown } from "../../tester";

const premium = (more: object = {}) => resource(FirewallPolicy, { resourceGroupName: "rg", sku: { tier: "Premium" }, ...more });
const parentId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/firewallPolicies/parent";

testResourcePolicy(policy, {
    valid: [
        { name: "Premium with IDPS in Deny mode", resource: premium({ intrusionDetection: { mode: "Deny", profile: "Standard" } }) },
        { name: "case-insensitive", resource: premium({ intrusionDetection: { mode: "deny" } }) },
        { name: "Standard tier: no IDPS to configure", resource: resource(FirewallPolicy, { resourceGroupName: "rg", sku: { tier: "Standard" } }) },
        { name: "no sku: Standard", resource: resource(FirewallPolicy, { resourceGroupName: "rg", intrusionDetection: { mode: "Off" } }) },
        { name: "Alert accepted by config", resource: premium({ intrusionDetection: { mode: "Alert" } }), config: { acceptAlert: true } },
        { name: "a child policy takes the stricter of its own and its parent's mode", resource: premium({ basePolicy: { id: parentId } }) },
    ],
    invalid: [
        { name: "Premium without intrusionDetection", resource: premium(), messages: ["idpsNotDeny"] },
        { name: "Premium in Alert mode", resource: premium({ intrusionDetection: { mode: "Alert" } }), messages: ["idpsNotDeny"] },
        { name: "Premium Off, even where Alert is accepted", resource: premium({ intrusionDetection: { mode: "Off" } }), config: { acceptAlert: true }, messages: ["idpsNotDeny"] },
        { name: "an empty base policy link is no parent", resource: premium({ basePolicy: {}, intrusionDetection: {} }), messages: ["idpsNotDeny"] },
    ],
    undecided: [
        { name: "mode from another resource", resource: premium({ intrusionDetection: { mode: unknown() } }) },
        { name: "tier from another resource", resource: resource(FirewallPolicy, { resourceGroupName: "rg", sku: { tier: unknown() } }) },
    ],
});
