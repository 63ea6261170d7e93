import { Account } from "@pulumi/azure-native/cognitiveservices";
import policy from "../../../policies/identity-and-access/cognitive-services-local-auth-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "OpenAI", sku: { name: "S0" } };

testResourcePolicy(policy, {
    valid: [
        { name: "keys disabled", resource: resource(Account, { ...base, properties: { disableLocalAuth: true } }) },
    ],
    invalid: [
        {
            name: "keys enabled",
            resource: resource(Account, { ...base, properties: { disableLocalAuth: false } }),
            messages: ["localAuthEnabled"],
        },
        {
            name: "unset: defaults to false (keys work)",
            resource: resource(Account, base),
            messages: ["localAuthEnabled"],
        },
    ],
    undecided: [
        { name: "properties from another resource", resource: resource(Account, { ...base, properties: unknown() }) },
    ],
});
