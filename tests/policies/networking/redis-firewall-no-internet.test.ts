import { FirewallRule } from "@pulumi/azure-native/redis";
import policy from "../../../policies/networking/redis-firewall-no-internet";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const rule = (start: unknown, end: unknown) =>
    resource(FirewallRule, { resourceGroupName: "rg", cacheName: "cache", startIP: start as string, endIP: end as string });

testResourcePolicy(policy, {
    valid: [
        { name: "one office address", resource: rule("203.0.113.7", "203.0.113.7") },
        { name: "a /24", resource: rule("203.0.113.0", "203.0.113.255") },
        { name: "0.0.0.0 to 0.0.0.0 is a single address (Redis has no Azure services marker)", resource: rule("0.0.0.0", "0.0.0.0") },
        { name: "just below the default threshold (2^24 - 1 addresses)", resource: rule("20.0.0.0", "20.255.255.254") },
        { name: "a start that is not an address: Azure rejects the rule", resource: rule("any", "255.255.255.255") },
        { name: "a start above the end: Azure rejects the rule", resource: rule("255.255.255.255", "0.0.0.0") },
        { name: "null bounds", resource: rule(untyped(null), untyped(null)) },
        { name: "a known start too high for 2^24 addresses settles it, end unknown", resource: rule("255.255.255.0", unknown()) },
        { name: "a known end too low for 2^24 addresses settles it, start unknown", resource: rule(unknown(), "0.0.255.255") },
        {
            name: "threshold raised to every address: half the Internet passes",
            resource: rule("0.0.0.0", "127.255.255.255"),
            config: { internetWideAddresses: 4294967296 },
        },
    ],
    invalid: [
        { name: "0.0.0.0 to 255.255.255.255", resource: rule("0.0.0.0", "255.255.255.255"), messages: ["internetWide"] },
        { name: "a /8", resource: rule("20.0.0.0", "20.255.255.255"), messages: ["internetWide"] },
        { name: "a range wider than a /8 that is no CIDR", resource: rule("1.0.0.0", "2.0.0.0"), messages: ["internetWide"] },
        { name: "0.0.0.1 up to the top", resource: rule("0.0.0.1", "255.255.255.255"), messages: ["internetWide"] },
        {
            name: "threshold lowered to a /16",
            resource: rule("20.1.0.0", "20.1.255.255"),
            config: { internetWideAddresses: 65536 },
            messages: ["internetWide"],
        },
    ],
    undecided: [
        { name: "start 0.0.0.0, end from another resource", resource: rule("0.0.0.0", unknown()) },
        { name: "start from another resource, end the top address", resource: rule(unknown(), "255.255.255.255") },
        { name: "both from another resource", resource: rule(unknown(), unknown()) },
    ],
});
