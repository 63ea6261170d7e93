import { Account } from "@pulumi/azure-native/cognitiveservices";
import { Service } from "@pulumi/azure-native/search";
import policy from "../../../policies/identity-and-access/cognitive-services-local-auth-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "OpenAI", sku: { name: "S0" } };
const search = { resourceGroupName: "rg", sku: { name: "standard" } };

testResourcePolicy(policy, {
    valid: [
        { name: "keys disabled", resource: resource(Account, { ...base, properties: { disableLocalAuth: true } }) },
        { name: "search: keys disabled", resource: resource(Service, { ...search, disableLocalAuth: true }) },
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
        { name: "search: unset, keys work", resource: resource(Service, search), messages: ["searchLocalAuthEnabled"] },
        {
            name: "search: keys or Entra ID",
            resource: resource(Service, { ...search, disableLocalAuth: false, authOptions: { aadOrApiKey: { aadAuthFailureMode: "http401WithBearerChallenge" } } }),
            messages: ["searchLocalAuthEnabled"],
        },
    ],
    undecided: [
        { name: "properties from another resource", resource: resource(Account, { ...base, properties: unknown() }) },
        { name: "search: setting from another resource", resource: resource(Service, { ...search, disableLocalAuth: unknown() }) },
    ],
});
