import { WebApp, WebAppSlot } from "@pulumi/azure-native/web";
import policy from "../../../policies/applications/app-service-cors-no-wildcard";
import { resource, testResourcePolicy, unknown } from "../../tester";

const app = (allowedOrigins?: unknown[]) => resource(WebApp, {
    resourceGroupName: "rg", siteConfig: { cors: { allowedOrigins: allowedOrigins as string[] } },
});

testResourcePolicy(policy, {
    valid: [
        { name: "no CORS settings", resource: resource(WebApp, { resourceGroupName: "rg" }) },
        { name: "named origins", resource: app(["https://portal.contoso.com", "https://admin.contoso.com"]) },
        { name: "a subdomain wildcard is not every origin", resource: app(["https://*.contoso.com"]) },
    ],
    invalid: [
        {
            name: "wildcard among named origins",
            resource: app(["https://portal.contoso.com", "*"]),
            messages: [{ id: "wildcardOrigin", data: { index: 1 } }],
        },
        {
            name: "wildcard in a slot",
            resource: resource(WebAppSlot, { resourceGroupName: "rg", name: "app", siteConfig: { cors: { allowedOrigins: ["*"] } } }),
            messages: [{ id: "wildcardOrigin", data: { index: 0 } }],
        },
        {
            name: "a known wildcard next to an unknown origin is still reported",
            resource: app([unknown(), "*"]),
            messages: [{ id: "wildcardOrigin", data: { index: 1 } }],
        },
    ],
    undecided: [
        { name: "origin from another resource", resource: app(["https://portal.contoso.com", unknown()]) },
        { name: "the whole list from another resource", resource: resource(WebApp, { resourceGroupName: "rg", siteConfig: { cors: { allowedOrigins: unknown() } } }) },
    ],
});
