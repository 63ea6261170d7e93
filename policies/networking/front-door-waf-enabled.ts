import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "front-door-waf-enabled",
    description: "Every frontend endpoint of a Front Door (classic) is protected by a Web Application Firewall policy.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-6"], azurePolicy: ["055aa869-bc98-4af8-bafc-23f1ab6ffe2c"] },
    remediation: "Link a Front Door WAF policy (frontdoor.Policy) to each entry of frontendEndpoints through " +
        "webApplicationFirewallPolicyLink.id.",
    messages: {
        endpointWithoutWaf: "frontendEndpoints[{{index}}] has no webApplicationFirewallPolicyLink.id, so no Web Application Firewall inspects its traffic: link a Front Door WAF policy.",
    },
    check: {
        frontDoor: (frontDoor, ctx) => {
            // Default: an endpoint without webApplicationFirewallPolicyLink has no WAF. Source: REST spec
            // Microsoft.Network frontdoor 2021-06-01, FrontendEndpointProperties.webApplicationFirewallPolicyLink.
            // Azure Policy flags a Front Door only when no endpoint has a WAF policy; every entry point is checked here.
            ctx.each(frontDoor.frontendEndpoints, (endpoint, index) => {
                const id = endpoint.webApplicationFirewallPolicyLink?.id;
                if (typeof id !== "string" || id.trim() === "") {
                    ctx.report("endpointWithoutWaf", { index });
                }
            });
        },
    },
});
