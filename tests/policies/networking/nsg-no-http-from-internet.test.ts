import { NetworkSecurityGroup, SecurityRule, SecurityRuleArgs } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/nsg-no-http-from-internet";
import { resource, testResourcePolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const https = {
    direction: "Inbound", access: "Allow", protocol: "Tcp", priority: 100,
    sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationPortRange: "443",
};
type RuleArgs = Partial<SecurityRuleArgs>;
const nsg = (...securityRules: RuleArgs[]) =>
    resource(NetworkSecurityGroup, { ...rg, securityRules: securityRules.map((r) => ({ ...https, ...r })) });
const rule = (r: RuleArgs) => resource(SecurityRule, { ...rg, networkSecurityGroupName: "nsg", ...https, ...r });

testResourcePolicy(policy, {
    valid: [
        { name: "HTTPS only from Front Door's back end", resource: nsg({ sourceAddressPrefix: "AzureFrontDoor.Backend" }) },
        { name: "HTTPS from the gateway's subnet", resource: nsg({ sourceAddressPrefixes: ["10.0.1.0/24"], sourceAddressPrefix: undefined }) },
        { name: "UDP 443 (QUIC) is the UDP policy's concern", resource: nsg({ protocol: "Udp" }) },
        { name: "another TCP port", resource: nsg({ destinationPortRange: "8443" }) },
    ],
    invalid: [
        { name: "HTTPS from the Internet", resource: nsg({}), messages: [{ id: "inlineRuleOpen", data: { index: 0 } }] },
        { name: "HTTP among several ports", resource: nsg({ destinationPortRange: undefined, destinationPortRanges: ["22-23", "80"], access: "Deny" }, { destinationPortRange: undefined, destinationPortRanges: ["8080", "80"] }),
            messages: [{ id: "inlineRuleOpen", data: { index: 1 } }] },
        { name: "standalone rule for every port", resource: rule({ protocol: "*", destinationPortRange: "*", sourceAddressPrefix: "0.0.0.0/0" }), messages: ["ruleOpen"] },
    ],
    undecided: [
        { name: "rules computed from another resource", resource: resource(NetworkSecurityGroup, { ...rg, securityRules: unknown() }) },
        { name: "standalone rule with unknown ports", resource: rule({ destinationPortRange: unknown() }) },
    ],
});
