import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "front-door-route-https-to-origin",
    description: "Azure Front Door (Standard and Premium) routes do not forward requests to their origins over plain HTTP only.",
    area: "data-protection",
    // Low: the exposed leg is Front Door to the origin (on Microsoft's network for Azure-hosted origins, and
    // inside Private Link for private origins); the client leg is front-door-route-https-only's.
    severity: "low",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Set forwardingProtocol to \"HttpsOnly\" (not HttpOnly) on the cdn.Route (or leave it unset: MatchRequest, which uses " +
        "HTTPS for HTTPS requests), and serve HTTPS with a certificate Front Door trusts on the origin.",
    noFix: "an origin that does not serve HTTPS would stop answering",
    messages: {
        httpOnlyToOrigin: "forwardingProtocol is HttpOnly: Front Door sends every request on this route to the origin over unencrypted HTTP, including requests the client sent over HTTPS; set forwardingProtocol to HttpsOnly.",
    },
    check: {
        frontDoorRoute: (route, ctx) => {
            // Default: forwardingProtocol MatchRequest (azure-native 3.28 fills it in; REST spec Microsoft.Cdn
            // 2025-06-01, RouteProperties.forwardingProtocol, default MatchRequest), which keeps HTTPS requests on
            // HTTPS to the origin; plain HTTP from clients is front-door-route-https-only's finding. Only HttpOnly
            // downgrades HTTPS. Source: https://learn.microsoft.com/azure/frontdoor/end-to-end-tls
            if (sameText(route.forwardingProtocol, "HttpOnly")) {
                ctx.report("httpOnlyToOrigin");
            }
        },
    },
});
