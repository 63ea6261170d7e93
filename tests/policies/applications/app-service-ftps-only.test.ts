import { WebApp, WebAppSlot } from "@pulumi/azure-native/web";
import policy from "../../../policies/applications/app-service-ftps-only";
import { resource, testResourcePolicy, unknown } from "../../tester";

const app = (siteConfig?: object) => resource(WebApp, { resourceGroupName: "rg", siteConfig });

testResourcePolicy(policy, {
    valid: [
        { name: "Disabled", resource: app({ ftpsState: "Disabled" }) },
        { name: "FtpsOnly", resource: app({ ftpsState: "FtpsOnly" }) },
        { name: "case-insensitive", resource: app({ ftpsState: "ftpsonly" }) },
    ],
    invalid: [
        {
            name: "unset: defaults to AllAllowed",
            resource: app(),
            messages: ["ftpsUnset"],
        },
        {
            name: "siteConfig without ftpsState: defaults to AllAllowed",
            resource: app({ minTlsVersion: "1.2" }),
            messages: ["ftpsUnset"],
        },
        {
            name: "AllAllowed in a slot",
            resource: resource(WebAppSlot, { resourceGroupName: "rg", name: "app", siteConfig: { ftpsState: "AllAllowed" } }),
            messages: ["plainFtpAllowed"],
        },
    ],
    undecided: [
        { name: "state from another resource", resource: app({ ftpsState: unknown() }) },
    ],
});
