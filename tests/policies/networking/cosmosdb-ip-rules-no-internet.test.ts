import { DatabaseAccount } from "@pulumi/azure-native/cosmosdb";
import policy from "../../../policies/networking/cosmosdb-ip-rules-no-internet";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const base = { resourceGroupName: "rg", databaseAccountOfferType: "Standard" as const, locations: [{ locationName: "westeurope" }] };
const account = (ranges: unknown[], extra: object = {}) =>
    resource(DatabaseAccount, { ...base, ipRules: ranges.map((r) => ({ ipAddressOrRange: r as string })), ...extra });

testResourcePolicy(policy, {
    valid: [
        { name: "an office address and a /24", resource: account(["203.0.113.7", "198.51.100.0/24"]) },
        { name: "0.0.0.0 is the Azure datacenters marker, not a range", resource: account(["0.0.0.0"]) },
        { name: "no IP rules (the public access policy's concern)", resource: resource(DatabaseAccount, base) },
        { name: "not addresses: Azure rejects them", resource: account(["::/0", "*", "10.0.0.0/99", untyped(null)]) },
        { name: "a /9 stays below the default threshold", resource: account(["20.0.0.0/9"]) },
        { name: "public network access disabled: the rules admit nothing", resource: account(["0.0.0.0/0"], { publicNetworkAccess: "Disabled" }) },
        { name: "secured by a network security perimeter", resource: account(["0.0.0.0/0"], { publicNetworkAccess: "SecuredByPerimeter" }) },
        { name: "a null rule is skipped", resource: resource(DatabaseAccount, { ...base, ipRules: [untyped(null)] }) },
        { name: "threshold raised to every address", resource: account(["0.0.0.0/1"]), config: { internetWideAddresses: 4294967296 } },
    ],
    invalid: [
        { name: "0.0.0.0/0", resource: account(["0.0.0.0/0"]), messages: [{ id: "internetWide", data: { index: 0 } }] },
        {
            name: "each wide rule by index, public access enabled",
            resource: account(["203.0.113.7", "20.0.0.0/8", "0.0.0.0/1"], { publicNetworkAccess: "Enabled" }),
            messages: [{ id: "internetWide", data: { index: 1 } }, { id: "internetWide", data: { index: 2 } }],
        },
        {
            name: "an unknown rule does not hide a known wide one",
            resource: account([unknown(), "0.0.0.0/0"]),
            messages: [{ id: "internetWide", data: { index: 1 } }],
        },
        {
            name: "threshold lowered to a /16",
            resource: account(["20.1.0.0/16"]),
            config: { internetWideAddresses: 65536 },
            messages: [{ id: "internetWide", data: { index: 0 } }],
        },
    ],
    undecided: [
        { name: "a rule from another resource", resource: account([unknown()]) },
        { name: "the rules from another resource", resource: resource(DatabaseAccount, { ...base, ipRules: unknown() }) },
        { name: "a wide rule, public access from another resource", resource: account(["0.0.0.0/0"], { publicNetworkAccess: unknown() }) },
    ],
});
