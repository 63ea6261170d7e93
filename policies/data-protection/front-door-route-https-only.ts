import { listOf, readKnown, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "front-door-route-https-only",
    description: "Azure Front Door (Standard and Premium) routes serve HTTPS only: they accept HTTPS alone, or redirect every HTTP request to HTTPS.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Set httpsRedirect to \"Enabled\" on the cdn.Route (it defaults to Disabled) and keep supportedProtocols " +
        "[\"Http\", \"Https\"] so HTTP clients are sent to HTTPS, or set supportedProtocols to [\"Https\"].",
    messages: {
        httpServed: "supportedProtocols includes Http (unset means Http and Https) and httpsRedirect is not Enabled (unset means Disabled): requests and responses on this route can travel over unencrypted HTTP between clients and Front Door; set httpsRedirect to Enabled or supportedProtocols to [\"Https\"].",
    },
    // A redirect rather than dropping Http from supportedProtocols: clients that come over HTTP are sent to HTTPS.
    fix: { frontDoorRoute: [{ path: "httpsRedirect", value: "Enabled" }] },
    check: {
        frontDoorRoute: (route, ctx) => {
            // Default: httpsRedirect Disabled (azure-native 3.28 fills in "Disabled"; REST spec Microsoft.Cdn
            // 2025-06-01, RouteProperties.httpsRedirect, default Disabled) and supportedProtocols [Http, Https]
            // (same spec, RouteProperties.supportedProtocols, default ["Http","Https"]). HTTPS redirect is the
            // route-level way to enforce HTTPS. Source:
            // https://learn.microsoft.com/azure/frontdoor/front-door-route-matching and
            // https://learn.microsoft.com/azure/frontdoor/front-door-url-redirect (use HTTPS-only redirects).
            // A known redirect decides on its own, whatever the protocols are.
            if (readKnown(() => sameText(route.httpsRedirect, "Enabled"))) {
                return;
            }
            const protocols = route.supportedProtocols;
            const servesHttp = protocols === undefined || protocols === null ||
                listOf(protocols).some((protocol) => sameText(protocol, "Http"));
            if (!servesHttp) {
                return;
            }
            // Read again: an unknown redirect must make the verdict undecided, not a violation.
            if (!sameText(route.httpsRedirect, "Enabled")) {
                ctx.report("httpServed");
            }
        },
    },
});
