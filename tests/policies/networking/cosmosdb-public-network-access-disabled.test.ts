import { DatabaseAccount } from "@pulumi/azure-native/cosmosdb";
import policy from "../../../policies/networking/cosmosdb-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", databaseAccountOfferType: "Standard" as const, locations: [{ locationName: "westeurope" }] };
const perimeter = resource(DatabaseAccount, { ...base, publicNetworkAccess: "SecuredByPerimeter" });

testResourcePolicy(policy, {
    valid: [
        { name: "public network access disabled", resource: resource(DatabaseAccount, { ...base, publicNetworkAccess: "Disabled" }) },
        { name: "network security perimeter, accepted by config", resource: perimeter, config: { allowSecuredByPerimeter: true } },
    ],
    invalid: [
        { name: "unset: Enabled by default", resource: resource(DatabaseAccount, base), messages: ["publicAccessEnabled"] },
        {
            name: "Enabled, even with IP rules",
            resource: resource(DatabaseAccount, { ...base, publicNetworkAccess: "Enabled", ipRules: [{ ipAddressOrRange: "203.0.113.7" }], isVirtualNetworkFilterEnabled: true }),
            messages: ["publicAccessEnabled"],
        },
        { name: "network security perimeter: the definition flags it (default)", resource: perimeter, messages: ["perimeterNotAccepted"] },
    ],
    undecided: [
        { name: "setting from another resource", resource: resource(DatabaseAccount, { ...base, publicNetworkAccess: unknown() }) },
    ],
});
