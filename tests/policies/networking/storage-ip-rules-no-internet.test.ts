import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/networking/storage-ip-rules-no-internet";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };
const account = (ranges: unknown[], defaultAction: unknown = "Deny", extra: object = {}) =>
    resource(StorageAccount, {
        ...base, ...extra,
        networkRuleSet: { defaultAction: defaultAction as "Deny", ipRules: ranges.map((r) => ({ iPAddressOrRange: r as string })) },
    });

testResourcePolicy(policy, {
    valid: [
        { name: "an office address and a /24 behind Deny", resource: account(["203.0.113.7", "198.51.100.0/24"]) },
        { name: "no network rule set", resource: resource(StorageAccount, base) },
        { name: "0.0.0.0 is one address (Storage has no Azure services marker)", resource: account(["0.0.0.0"]) },
        { name: "not addresses", resource: account(["::/0", "Internet", untyped(null)]) },
        { name: "default action Allow: the rules change nothing (storage-network-default-deny's finding)", resource: account(["0.0.0.0/0"], "Allow") },
        { name: "public network access disabled", resource: account(["0.0.0.0/0"], "Deny", { publicNetworkAccess: "Disabled" }) },
        { name: "secured by a network security perimeter", resource: account(["0.0.0.0/0"], "Deny", { publicNetworkAccess: "SecuredByPerimeter" }) },
        { name: "narrow rules settle it whatever the default action", resource: account(["203.0.113.7"], unknown()) },
        { name: "threshold raised to every address", resource: account(["0.0.0.0/1"]), config: { internetWideAddresses: 4294967296 } },
    ],
    invalid: [
        { name: "0.0.0.0/0 behind Deny", resource: account(["0.0.0.0/0"]), messages: [{ id: "internetWide", data: { index: 0 } }] },
        {
            name: "each wide rule by index, case-insensitive default action",
            resource: account(["203.0.113.7", "20.0.0.0/8", "128.0.0.0/1"], "deny", { publicNetworkAccess: "Enabled" }),
            messages: [{ id: "internetWide", data: { index: 1 } }, { id: "internetWide", data: { index: 2 } }],
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
        { name: "a wide rule, default action from another resource", resource: account(["0.0.0.0/0"], unknown()) },
        { name: "a wide rule, public access from another resource", resource: account(["0.0.0.0/0"], "Deny", { publicNetworkAccess: unknown() }) },
    ],
});
