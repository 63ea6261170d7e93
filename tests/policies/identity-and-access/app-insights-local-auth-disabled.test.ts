import { Component } from "@pulumi/azure-native/applicationinsights";
import policy from "../../../policies/identity-and-access/app-insights-local-auth-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "web", applicationType: "web", workspaceResourceId: unknown() };

testResourcePolicy(policy, {
    valid: [
        { name: "local auth disabled", resource: resource(Component, { ...base, disableLocalAuth: true }) },
    ],
    invalid: [
        { name: "unset: instrumentation key accepted", resource: resource(Component, base), messages: ["localAuthEnabled"] },
        { name: "false", resource: resource(Component, { ...base, disableLocalAuth: false }), messages: ["localAuthEnabled"] },
    ],
    undecided: [
        { name: "from config not yet known", resource: resource(Component, { ...base, disableLocalAuth: unknown() }) },
    ],
});
