import { DatabaseAccount } from "@pulumi/azure-native/cosmosdb";
import policy from "../../../policies/networking/cosmosdb-allow-azure-datacenters";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const base = { resourceGroupName: "rg", databaseAccountOfferType: "Standard" as const, locations: [{ locationName: "westeurope" }] };
const account = (ranges: unknown[], extra: object = {}) =>
    resource(DatabaseAccount, { ...base, ipRules: ranges.map((r) => ({ ipAddressOrRange: r as string })), ...extra });

testResourcePolicy(policy, {
    valid: [
        { name: "an office address and a /24", resource: account(["203.0.113.7", "198.51.100.0/24"]) },
        { name: "0.0.0.0/0 is the Internet-wide policy's finding", resource: account(["0.0.0.0/0"]) },
        { name: "no IP rules", resource: resource(DatabaseAccount, base) },
        { name: "not addresses", resource: account(["0.0.0", "0.0.0.0/x", untyped(null)]) },
        { name: "public network access disabled: the rules admit nothing", resource: account(["0.0.0.0"], { publicNetworkAccess: "Disabled" }) },
        { name: "secured by a network security perimeter", resource: account(["0.0.0.0"], { publicNetworkAccess: "SecuredByPerimeter" }) },
    ],
    invalid: [
        { name: "the 0.0.0.0 marker", resource: account(["0.0.0.0"]), messages: [{ id: "allowsAzureDatacenters", data: { index: 0 } }] },
        {
            name: "the marker among other rules, public access enabled",
            resource: account(["203.0.113.7", "0.0.0.0"], { publicNetworkAccess: "Enabled" }),
            messages: [{ id: "allowsAzureDatacenters", data: { index: 1 } }],
        },
        {
            name: "an unknown rule does not hide the marker",
            resource: account([unknown(), "0.0.0.0"]),
            messages: [{ id: "allowsAzureDatacenters", data: { index: 1 } }],
        },
    ],
    undecided: [
        { name: "a rule from another resource", resource: account([unknown()]) },
        { name: "the marker, public access from another resource", resource: account(["0.0.0.0"], { publicNetworkAccess: unknown() }) },
    ],
});
