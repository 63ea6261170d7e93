import { isSettings, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "cdn-endpoint-https-only",
    description: "Azure CDN endpoints serve HTTPS only: plain HTTP is turned off, or every HTTP request is redirected to HTTPS by a delivery rule.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Set isHttpAllowed to false on the cdn.Endpoint (it defaults to true), or add a deliveryPolicy rule with a " +
        "RequestScheme condition matching HTTP and a UrlRedirect action with destinationProtocol Https.",
    messages: {
        httpAllowed: "isHttpAllowed is not false (unset means true) and no delivery rule redirects HTTP to HTTPS: content can be requested and served over unencrypted HTTP; set isHttpAllowed to false or add an HTTP-to-HTTPS redirect rule to deliveryPolicy.rules.",
    },
    fix: { cdnEndpoint: [{ path: "isHttpAllowed", value: false }] },
    check: {
        cdnEndpoint: (endpoint, ctx) => {
            // Default: isHttpAllowed is true (azure-native 3.28 fills it in). Source: REST spec Microsoft.Cdn
            // 2025-06-01, EndpointPropertiesUpdateParameters.isHttpAllowed ("Default value is true"); the redirect
            // rule: https://learn.microsoft.com/azure/cdn/cdn-standard-rules-engine (enforce HTTPS).
            if (endpoint.isHttpAllowed === false) {
                return;
            }
            const rules = endpoint.deliveryPolicy?.rules;
            if (itemsOf(rules).some(redirectsHttpToHttps)) {
                return;
            }
            ctx.report("httpAllowed");
        },
    },
});

/** The items of a list input, or none when it is absent or not a list. */
const itemsOf = (value: unknown): readonly unknown[] => Array.isArray(value) ? value : [];

/** A rule that matches the HTTP scheme and redirects to HTTPS. */
function redirectsHttpToHttps(rule: unknown): boolean {
    if (!isSettings(rule)) {
        return false;
    }
    const redirects = itemsOf(rule.actions).some((action) => isSettings(action) && sameText(action.name, "UrlRedirect") &&
        isSettings(action.parameters) && sameText(action.parameters.destinationProtocol, "Https"));
    if (!redirects) {
        return false;
    }
    return itemsOf(rule.conditions).some((condition) => {
        if (!isSettings(condition) || !sameText(condition.name, "RequestScheme") || !isSettings(condition.parameters)) {
            return false;
        }
        const parameters = condition.parameters;
        return parameters.negateCondition !== true && itemsOf(parameters.matchValues).some((v) => sameText(v, "HTTP"));
    });
}
