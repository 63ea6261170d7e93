import { WebApp, WebAppSlot } from "@pulumi/azure-native/web";
import policy from "../../../policies/applications/app-service-remote-debugging-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const app = (siteConfig?: object) => resource(WebApp, { resourceGroupName: "rg", siteConfig });

testResourcePolicy(policy, {
    valid: [
        { name: "unset: defaults to false", resource: app() },
        { name: "siteConfig without the flag", resource: app({ alwaysOn: true }) },
        { name: "false", resource: app({ remoteDebuggingEnabled: false }) },
    ],
    invalid: [
        {
            name: "on",
            resource: app({ remoteDebuggingEnabled: true, remoteDebuggingVersion: "VS2022" }),
            messages: ["remoteDebuggingOn"],
        },
        {
            name: "on in a slot",
            resource: resource(WebAppSlot, { resourceGroupName: "rg", name: "app", siteConfig: { remoteDebuggingEnabled: true } }),
            messages: ["remoteDebuggingOn"],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: app({ remoteDebuggingEnabled: unknown() }) },
    ],
});
