import { NetworkSecurityGroup, SecurityRule, SecurityRuleArgs } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/nsg-no-ssh-from-internet";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const rg = { resourceGroupName: "rg" };
const ssh = {
    direction: "Inbound", access: "Allow", protocol: "Tcp", priority: 100,
    sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationPortRange: "22",
};
type RuleArgs = Partial<SecurityRuleArgs>;
const nsg = (...securityRules: RuleArgs[]) =>
    resource(NetworkSecurityGroup, { ...rg, securityRules: securityRules.map((r) => ({ ...ssh, ...r })) });
const rule = (r: RuleArgs) =>
    resource(SecurityRule, { ...rg, networkSecurityGroupName: "nsg", ...ssh, ...r });

testResourcePolicy(policy, {
    valid: [
        { name: "SSH from a trusted range", resource: nsg({ sourceAddressPrefix: "10.0.0.0/8" }) },
        { name: "SSH from the Internet denied", resource: nsg({ access: "Deny" }) },
        { name: "outbound to port 22", resource: nsg({ direction: "Outbound" }) },
        { name: "UDP 22 is not SSH", resource: nsg({ protocol: "Udp" }) },
        { name: "HTTPS from the Internet", resource: nsg({ destinationPortRange: "443" }) },
        { name: "a range that stops short of 22", resource: nsg({ destinationPortRange: "23-1024" }) },
        { name: "no rules: unset means only the default rules, which deny Internet inbound", resource: nsg() },
        {
            name: "outbound rule with an unknown source is settled by its direction",
            resource: nsg({ direction: "Outbound", sourceAddressPrefix: unknown() }),
        },
        { name: "standalone rule from application security groups", resource: rule({ sourceAddressPrefix: undefined, sourceApplicationSecurityGroups: [{ id: "asg" }] }) },
    ],
    invalid: [
        { name: "SSH from the Internet tag", resource: nsg({}), messages: [{ id: "inlineRuleOpen", data: { index: 0 } }] },
        {
            name: "each violating rule once, by index",
            resource: nsg({ destinationPortRange: "443" }, { sourceAddressPrefix: "*", protocol: "*" },
                { sourceAddressPrefix: undefined, sourceAddressPrefixes: ["10.1.0.0/16", "0.0.0.0/0"], destinationPortRange: undefined, destinationPortRanges: ["80", "20-25"] }),
            messages: [{ id: "inlineRuleOpen", data: { index: 1 } }, { id: "inlineRuleOpen", data: { index: 2 } }],
        },
        { name: "case-insensitive enums and source", resource: nsg({ direction: "inbound", access: "allow", protocol: "TCP", sourceAddressPrefix: "any" }), messages: ["inlineRuleOpen"] },
        { name: "all ports", resource: nsg({ destinationPortRange: "*", sourceAddressPrefix: "::/0" }), messages: [{ id: "inlineRuleOpen", data: { index: 0 } }] },
        {
            name: "a rule with unknown fields does not hide the others",
            resource: nsg({ sourceAddressPrefix: unknown() }, {}),
            messages: [{ id: "inlineRuleOpen", data: { index: 1 } }],
        },
        { name: "standalone SecurityRule", resource: rule({ sourceAddressPrefix: "0.0.0.0/0" }), messages: ["ruleOpen"] },
        {
            name: "a null rule (a conditional left out) is skipped, the next is still checked",
            resource: resource(NetworkSecurityGroup, { ...rg, securityRules: [untyped(null), ssh] }),
            messages: [{ id: "inlineRuleOpen", data: { index: 1 } }],
        },
    ],
    undecided: [
        { name: "rules computed from another resource", resource: resource(NetworkSecurityGroup, { ...rg, securityRules: unknown() }) },
        { name: "standalone rule with an unknown source", resource: rule({ sourceAddressPrefix: unknown() }) },
    ],
});
