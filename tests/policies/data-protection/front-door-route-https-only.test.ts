import { Route } from "@pulumi/azure-native/cdn";
import policy from "../../../policies/data-protection/front-door-route-https-only";
import { resource, testResourcePolicy, unknown } from "../../tester";

const originGroup = { id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/afd/originGroups/web" };
const route = (args: object = {}) => resource(Route, {
    resourceGroupName: "rg", profileName: "afd", endpointName: "web", originGroup, patternsToMatch: ["/*"], ...args,
});

testResourcePolicy(policy, {
    valid: [
        { name: "HTTP and HTTPS with HTTPS redirect", resource: route({ supportedProtocols: ["Http", "Https"], httpsRedirect: "Enabled" }) },
        { name: "protocols unset (Http and Https) with redirect (case-insensitive)", resource: route({ httpsRedirect: "enabled" }) },
        { name: "HTTPS only, no redirect", resource: route({ supportedProtocols: ["Https"] }) },
        { name: "HTTPS only, redirect Disabled", resource: route({ supportedProtocols: ["https"], httpsRedirect: "Disabled" }) },
        { name: "a known redirect decides although the protocols are unknown", resource: route({ supportedProtocols: unknown(), httpsRedirect: "Enabled" }) },
    ],
    invalid: [
        { name: "nothing set: Http and Https, redirect Disabled", resource: route(), messages: ["httpServed"] },
        { name: "HTTP and HTTPS, redirect Disabled", resource: route({ supportedProtocols: ["Http", "Https"], httpsRedirect: "Disabled" }), messages: ["httpServed"] },
        { name: "HTTP only, redirect unset", resource: route({ supportedProtocols: ["HTTP"] }), messages: ["httpServed"] },
        { name: "protocols null (unset)", resource: route({ supportedProtocols: null }), messages: ["httpServed"] },
    ],
    undecided: [
        { name: "protocols from another resource, redirect unset", resource: route({ supportedProtocols: unknown() }) },
        { name: "HTTP served and the redirect from another resource", resource: route({ supportedProtocols: ["Http", "Https"], httpsRedirect: unknown() }) },
        { name: "a protocol entry from another resource", resource: route({ supportedProtocols: [unknown()] }) },
    ],
});
