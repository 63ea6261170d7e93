import { DatabaseAccount } from "@pulumi/azure-native/cosmosdb";
import policy from "../../../policies/identity-and-access/cosmosdb-local-auth-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = {
    resourceGroupName: "rg", databaseAccountOfferType: "Standard" as const,
    locations: [{ locationName: "westeurope", failoverPriority: 0 }],
};

testResourcePolicy(policy, {
    valid: [
        { name: "local auth disabled", resource: resource(DatabaseAccount, { ...base, disableLocalAuth: true }) },
    ],
    invalid: [
        {
            name: "local auth enabled",
            resource: resource(DatabaseAccount, { ...base, disableLocalAuth: false }),
            messages: ["localAuthEnabled"],
        },
        {
            name: "unset: defaults to false (keys work)",
            resource: resource(DatabaseAccount, base),
            messages: ["localAuthEnabled"],
        },
    ],
    undecided: [
        { name: "flag from config", resource: resource(DatabaseAccount, { ...base, disableLocalAuth: unknown() }) },
    ],
});
