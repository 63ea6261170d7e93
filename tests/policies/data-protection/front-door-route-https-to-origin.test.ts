import { Route } from "@pulumi/azure-native/cdn";
import policy from "../../../policies/data-protection/front-door-route-https-to-origin";
import { resource, testResourcePolicy, unknown } from "../../tester";

const originGroup = { id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/afd/originGroups/web" };
const route = (args: object = {}) => resource(Route, {
    resourceGroupName: "rg", profileName: "afd", endpointName: "web", originGroup, supportedProtocols: ["Https"], ...args,
});

testResourcePolicy(policy, {
    valid: [
        { name: "forwardingProtocol unset (MatchRequest)", resource: route() },
        { name: "HttpsOnly", resource: route({ forwardingProtocol: "HttpsOnly" }) },
        { name: "MatchRequest", resource: route({ forwardingProtocol: "matchrequest" }) },
    ],
    invalid: [
        { name: "HttpOnly", resource: route({ forwardingProtocol: "HttpOnly" }), messages: ["httpOnlyToOrigin"] },
        { name: "HttpOnly, any case, behind an HTTPS-only route", resource: route({ forwardingProtocol: "httponly", httpsRedirect: "Enabled" }), messages: ["httpOnlyToOrigin"] },
    ],
    undecided: [
        { name: "forwardingProtocol from another resource", resource: route({ forwardingProtocol: unknown() }) },
    ],
});
