import { NetworkSecurityGroup, SecurityRule, SecurityRuleArgs } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/nsg-no-all-ports-from-internet";
import { resource, testResourcePolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const open = {
    direction: "Inbound", access: "Allow", protocol: "*", priority: 100,
    sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationPortRange: "*",
};
type RuleArgs = Partial<SecurityRuleArgs>;
const nsg = (...securityRules: RuleArgs[]) =>
    resource(NetworkSecurityGroup, { ...rg, securityRules: securityRules.map((r) => ({ ...open, ...r })) });
const rule = (r: RuleArgs) => resource(SecurityRule, { ...rg, networkSecurityGroupName: "nsg", ...open, ...r });

testResourcePolicy(policy, {
    valid: [
        { name: "web ports only", resource: nsg({ destinationPortRange: undefined, destinationPortRanges: ["80", "443"] }) },
        { name: "all ports from the virtual network", resource: nsg({ sourceAddressPrefix: "VirtualNetwork" }) },
        { name: "ICMP with any port carries no port", resource: nsg({ protocol: "Icmp" }) },
        { name: "ranges with a gap", resource: nsg({ destinationPortRange: undefined, destinationPortRanges: ["0-1000", "1002-65535"] }) },
        { name: "no rules: unset means only the default rules, which deny Internet inbound", resource: nsg() },
        { name: "standalone outbound rule", resource: rule({ direction: "Outbound" }) },
    ],
    invalid: [
        { name: "any port, any protocol", resource: nsg({}), messages: [{ id: "inlineRuleOpen", data: { index: 0 } }] },
        { name: "0-65535 over UDP", resource: nsg({ protocol: "Udp", destinationPortRange: "0-65535", sourceAddressPrefix: "0.0.0.0/0" }), messages: [{ id: "inlineRuleOpen", data: { index: 0 } }] },
        {
            name: "ranges that together cover every port",
            resource: nsg({ destinationPortRange: "443" }, { protocol: "Tcp", destinationPortRange: undefined, destinationPortRanges: ["1024-65535", "1-1023"] }),
            messages: [{ id: "inlineRuleOpen", data: { index: 1 } }],
        },
        {
            name: "a rule with unknown fields does not hide the others",
            resource: nsg({ sourceAddressPrefixes: [unknown()], sourceAddressPrefix: undefined }, {}),
            messages: [{ id: "inlineRuleOpen", data: { index: 1 } }],
        },
        { name: "standalone SecurityRule", resource: rule({}), messages: ["ruleOpen"] },
    ],
    undecided: [
        { name: "rules computed from another resource", resource: resource(NetworkSecurityGroup, { ...rg, securityRules: unknown() }) },
        { name: "standalone rule with unknown source prefixes", resource: rule({ sourceAddressPrefix: undefined, sourceAddressPrefixes: unknown() }) },
    ],
});
