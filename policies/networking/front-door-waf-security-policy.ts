import { anyOf, catalog, isSettings, namesTarget, pointerIndex, requireInStack, sameText, stackPolicy } from "../../lib/kit";

/** The Front Door (Standard and Premium) SKUs of a cdn.Profile; the other SKUs are classic CDN profiles. */
const frontDoorSkus = ["Standard_AzureFrontDoor", "Premium_AzureFrontDoor"];

/** Does a security policy's input link a WAF policy? The id is usually another resource's output: presence decides. */
function linksWaf(parameters: unknown): boolean {
    const waf = isSettings(parameters) ? parameters.wafPolicy : undefined;
    return isSettings(waf) && "id" in waf;
}

export default stackPolicy({
    name: "front-door-waf-security-policy",
    description: "Every Azure Front Door (Standard and Premium) profile has a security policy that links a Web Application Firewall policy to its domains.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-6"] },
    remediation: "Create a frontdoor.Policy (WAF policy) with sku.name matching the profile's SKU, and a cdn.SecurityPolicy " +
        "with profileName set to the profile's name and parameters: { type: \"WebApplicationFirewall\", wafPolicy: { id }, " +
        "associations: [{ domains: [{ id: endpoint or custom domain id }], patternsToMatch: [\"/*\"] }] }.",
    messages: {
        profileWithoutWaf: "No security policy in this stack links a WAF policy to this Front Door profile, so no Web Application Firewall inspects requests to its endpoints and domains: add a cdn.SecurityPolicy with parameters.wafPolicy.id for it.",
        securityPolicyWithoutWaf: "parameters.wafPolicy.id is not set, so this security policy applies no Web Application Firewall to the domains it names: set parameters.wafPolicy.id to a Front Door WAF policy.",
    },
    config: {
        requireInStack: requireInStack("a security policy with a WAF policy for each Front Door profile"),
    },
    resources: [catalog.cdnProfile, catalog.frontDoorSecurityPolicy],
    check: (ctx) => {
        // Default: a Front Door profile without a security policy has no WAF; WebApplicationFirewall is the only
        // parameters type of a security policy, and wafPolicy is what carries the rules. Source:
        // https://learn.microsoft.com/azure/frontdoor/front-door-waf; REST spec Microsoft.Cdn 2025-06-01,
        // SecurityPolicyWebApplicationFirewallParameters.
        const profiles = ctx.ofType(catalog.cdnProfile);
        const securityPolicies = ctx.ofType(catalog.frontDoorSecurityPolicy);
        ctx.each(securityPolicies, (policy) => {
            const parameters = policy.props.parameters;
            if (isSettings(parameters) && !linksWaf(parameters)) {
                ctx.report(policy, "securityPolicyWithoutWaf");
            }
        });
        const onProfile = pointerIndex(securityPolicies, "profileName", { peers: profiles });
        ctx.each(profiles, (profile) => {
            const sku = profile.props.sku?.name;
            if (!frontDoorSkus.some((s) => sameText(sku, s))) {
                return;
            }
            if (!anyOf(onProfile(profile, catalog.cdnProfile), (policy) =>
                namesTarget(policy, "profileName", profile, catalog.cdnProfile, profiles) && linksWaf(policy.props.parameters))) {
                ctx.missing(profile, "profileWithoutWaf");
            }
        });
    },
});
