import { NetworkSecurityGroup, SecurityRule, SecurityRuleArgs } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/nsg-no-udp-from-internet";
import { resource, testResourcePolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const dns = {
    direction: "Inbound", access: "Allow", protocol: "Udp", priority: 100,
    sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationPortRange: "53",
};
type RuleArgs = Partial<SecurityRuleArgs>;
const nsg = (...securityRules: RuleArgs[]) =>
    resource(NetworkSecurityGroup, { ...rg, securityRules: securityRules.map((r) => ({ ...dns, ...r })) });
const rule = (r: RuleArgs) => resource(SecurityRule, { ...rg, networkSecurityGroupName: "nsg", ...dns, ...r });

testResourcePolicy(policy, {
    valid: [
        { name: "UDP from a trusted range", resource: nsg({ sourceAddressPrefixes: ["10.0.0.0/8"], sourceAddressPrefix: undefined }) },
        { name: "UDP from the Internet denied", resource: nsg({ access: "Deny" }) },
        { name: "TCP only from the Internet is another policy's concern", resource: nsg({ protocol: "Tcp", destinationPortRange: "443" }) },
        { name: "no rules: the default rules deny Internet inbound", resource: nsg() },
        { name: "standalone outbound UDP", resource: rule({ direction: "Outbound" }) },
    ],
    invalid: [
        { name: "DNS over UDP from the Internet", resource: nsg({}), messages: [{ id: "inlineRuleOpen", data: { index: 0 } }] },
        { name: "any protocol carries UDP", resource: nsg({ protocol: "Tcp" }, { protocol: "*", sourceAddressPrefix: "0.0.0.0/0", destinationPortRange: "1000-2000" }),
            messages: [{ id: "inlineRuleOpen", data: { index: 1 } }] },
        { name: "standalone rule for every port", resource: rule({ sourceAddressPrefix: "*", destinationPortRange: "*" }), messages: ["ruleOpen"] },
    ],
    undecided: [
        { name: "rules computed from another resource", resource: resource(NetworkSecurityGroup, { ...rg, securityRules: unknown() }) },
        { name: "standalone rule with an unknown source", resource: rule({ sourceAddressPrefix: unknown() }) },
    ],
});
