import { FirewallRule } from "@pulumi/azure-native/dbforpostgresql";
import policy from "../../../policies/networking/postgresql-firewall-allow-azure-services";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const rule = (start: unknown, end: unknown) =>
    resource(FirewallRule, { resourceGroupName: "rg", serverName: "pg", startIpAddress: start as string, endIpAddress: end as string });

testResourcePolicy(policy, {
    valid: [
        { name: "one office address", resource: rule("203.0.113.7", "203.0.113.7") },
        { name: "0.0.0.0 to 0.0.0.1 is a range, not the marker", resource: rule("0.0.0.0", "0.0.0.1") },
        { name: "an Internet-wide range is the other policy's finding", resource: rule("0.0.0.0", "255.255.255.255") },
        { name: "a start that is not an address", resource: rule("none", "0.0.0.0") },
        { name: "null bounds", resource: rule(untyped(null), untyped(null)) },
        { name: "a known start other than 0.0.0.0 settles it, end unknown", resource: rule("203.0.113.1", unknown()) },
        { name: "a known end other than 0.0.0.0 settles it, start unknown", resource: rule(unknown(), "0.0.0.9") },
    ],
    invalid: [
        { name: "0.0.0.0 to 0.0.0.0", resource: rule("0.0.0.0", "0.0.0.0"), messages: ["allowsAzureServices"] },
    ],
    undecided: [
        { name: "start 0.0.0.0, end from another resource", resource: rule("0.0.0.0", unknown()) },
        { name: "start from another resource, end 0.0.0.0", resource: rule(unknown(), "0.0.0.0") },
    ],
});
