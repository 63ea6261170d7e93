import { WebApp, WebAppSlot } from "@pulumi/azure-native/web";
import policy from "../../../policies/applications/app-service-http2";
import { resource, testResourcePolicy, unknown } from "../../tester";

const app = (siteConfig?: object) => resource(WebApp, { resourceGroupName: "rg", siteConfig });

testResourcePolicy(policy, {
    valid: [
        { name: "unset: defaults to true", resource: app() },
        { name: "siteConfig without the flag (the SDK fills in true)", resource: app({ alwaysOn: true }) },
        { name: "true", resource: app({ http20Enabled: true }) },
    ],
    invalid: [
        { name: "off", resource: app({ http20Enabled: false }), messages: ["http2Off"] },
        {
            name: "off in a slot",
            resource: resource(WebAppSlot, { resourceGroupName: "rg", name: "app", siteConfig: { http20Enabled: false } }),
            messages: ["http2Off"],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: app({ http20Enabled: unknown() }) },
    ],
});
