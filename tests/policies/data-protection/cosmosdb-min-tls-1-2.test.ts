import { DatabaseAccount } from "@pulumi/azure-native/cosmosdb";
import policy from "../../../policies/data-protection/cosmosdb-min-tls-1-2";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", databaseAccountOfferType: "Standard" as const, locations: [{ locationName: "westeurope" }] };

testResourcePolicy(policy, {
    valid: [
        { name: "unset: defaults to TLS 1.2", resource: resource(DatabaseAccount, base) },
        { name: "Tls12", resource: resource(DatabaseAccount, { ...base, minimalTlsVersion: "Tls12" }) },
    ],
    invalid: [
        {
            name: "Tls (1.0)",
            resource: resource(DatabaseAccount, { ...base, minimalTlsVersion: "Tls" }),
            messages: ["tlsBelow12"],
        },
        {
            name: "Tls11",
            resource: resource(DatabaseAccount, { ...base, minimalTlsVersion: "Tls11" }),
            messages: ["tlsBelow12"],
        },
    ],
    undecided: [
        { name: "version from another resource", resource: resource(DatabaseAccount, { ...base, minimalTlsVersion: unknown() }) },
    ],
});
