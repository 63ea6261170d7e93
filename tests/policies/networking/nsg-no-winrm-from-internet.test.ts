import { NetworkSecurityGroup, SecurityRule, SecurityRuleArgs } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/nsg-no-winrm-from-internet";
import { resource, testResourcePolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const winrm = {
    direction: "Inbound", access: "Allow", protocol: "Tcp", priority: 100,
    sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationPortRange: "5986",
};
type RuleArgs = Partial<SecurityRuleArgs>;
const nsg = (...securityRules: RuleArgs[]) =>
    resource(NetworkSecurityGroup, { ...rg, securityRules: securityRules.map((r) => ({ ...winrm, ...r })) });
const rule = (r: RuleArgs) => resource(SecurityRule, { ...rg, networkSecurityGroupName: "nsg", ...winrm, ...r });

testResourcePolicy(policy, {
    valid: [
        { name: "WinRM from a trusted range", resource: nsg({ sourceAddressPrefix: "10.0.0.0/8" }) },
        { name: "UDP is not WinRM", resource: nsg({ protocol: "Udp" }) },
        { name: "ports around WinRM", resource: nsg({ destinationPortRange: undefined, destinationPortRanges: ["5900-5984", "5987"] }) },
        { name: "no rules: unset means only the default rules, which deny Internet inbound", resource: nsg() },
        { name: "standalone rule, denied", resource: rule({ access: "Deny" }) },
    ],
    invalid: [
        { name: "WinRM over HTTPS from the Internet", resource: nsg({}), messages: [{ id: "inlineRuleOpen", data: { index: 0 } }] },
        { name: "WinRM over HTTP, any protocol", resource: nsg({ destinationPortRange: "5985", protocol: "*" }), messages: [{ id: "inlineRuleOpen", data: { index: 0 } }] },
        { name: "a range covering both ports", resource: nsg({ destinationPortRange: "5985-5986", sourceAddressPrefix: "*" }), messages: [{ id: "inlineRuleOpen", data: { index: 0 } }] },
        {
            name: "a rule with unknown fields does not hide the others",
            resource: nsg({ access: unknown() }, { destinationPortRange: "5985" }),
            messages: [{ id: "inlineRuleOpen", data: { index: 1 } }],
        },
        { name: "standalone SecurityRule", resource: rule({}), messages: ["ruleOpen"] },
    ],
    undecided: [
        { name: "rules computed from another resource", resource: resource(NetworkSecurityGroup, { ...rg, securityRules: unknown() }) },
        { name: "standalone rule with an unknown protocol", resource: rule({ protocol: unknown() }) },
    ],
});
