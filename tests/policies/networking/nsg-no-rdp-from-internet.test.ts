import { NetworkSecurityGroup, SecurityRule, SecurityRuleArgs } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/nsg-no-rdp-from-internet";
import { resource, testResourcePolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const rdp = {
    direction: "Inbound", access: "Allow", protocol: "Tcp", priority: 100,
    sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationPortRange: "3389",
};
type RuleArgs = Partial<SecurityRuleArgs>;
const nsg = (...securityRules: RuleArgs[]) =>
    resource(NetworkSecurityGroup, { ...rg, securityRules: securityRules.map((r) => ({ ...rdp, ...r })) });
const rule = (r: RuleArgs) => resource(SecurityRule, { ...rg, networkSecurityGroupName: "nsg", ...rdp, ...r });

testResourcePolicy(policy, {
    valid: [
        { name: "RDP from a trusted range", resource: nsg({ sourceAddressPrefixes: ["10.0.0.0/8", "192.168.1.0/24"], sourceAddressPrefix: undefined }) },
        { name: "RDP from the Internet denied", resource: nsg({ access: "Deny" }) },
        { name: "ICMP carries no port", resource: nsg({ protocol: "Icmp", destinationPortRange: "*" }) },
        { name: "a range above 3389", resource: nsg({ destinationPortRange: "3390-4000" }) },
        { name: "no rules: unset means only the default rules, which deny Internet inbound", resource: nsg() },
        { name: "standalone outbound rule", resource: rule({ direction: "Outbound" }) },
    ],
    invalid: [
        { name: "RDP from the Internet tag", resource: nsg({}), messages: [{ id: "inlineRuleOpen", data: { index: 0 } }] },
        { name: "RDP over UDP", resource: nsg({}, { protocol: "Udp", sourceAddressPrefix: "*" }), messages: [{ id: "inlineRuleOpen", data: { index: 0 } }, { id: "inlineRuleOpen", data: { index: 1 } }] },
        { name: "a range containing 3389", resource: nsg({ protocol: "*", destinationPortRange: "3000-4000" }), messages: [{ id: "inlineRuleOpen", data: { index: 0 } }] },
        {
            name: "a rule with unknown fields does not hide the others",
            resource: nsg({ destinationPortRanges: unknown(), destinationPortRange: undefined }, { sourceAddressPrefix: "0.0.0.0/0" }),
            messages: [{ id: "inlineRuleOpen", data: { index: 1 } }],
        },
        { name: "standalone SecurityRule", resource: rule({ sourceAddressPrefix: "Any" }), messages: ["ruleOpen"] },
    ],
    undecided: [
        { name: "rules computed from another resource", resource: resource(NetworkSecurityGroup, { ...rg, securityRules: unknown() }) },
        { name: "standalone rule with unknown ports", resource: rule({ destinationPortRange: unknown() }) },
    ],
});
