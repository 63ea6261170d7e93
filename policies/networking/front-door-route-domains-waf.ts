import {
    anyOf, type ArgsOf, cannotTell, catalog, dependsOn, isSettings, listOf, namesTarget, readKnown, requireInStack, type ResourceType,
    sameText, stackPolicy, type StackResource,
} from "../../lib/kit";

type PolicyResource = StackResource;
type SecurityPolicy = StackResource<ArgsOf<"frontDoorSecurityPolicy">>;

/** Does a security policy's input link a WAF policy? The id is usually another resource's output: presence decides. */
function linksWaf(parameters: unknown): boolean {
    const waf = isSettings(parameters) ? parameters.wafPolicy : undefined;
    return isSettings(waf) && "id" in waf;
}

/**
 * Strict: does the id that `read` finds in `from`'s input `property` name `target`, an endpoint or a custom domain
 * (children of a profile: `.../profiles/<profile>/afdEndpoints/<name>`)? Depending on the target means yes; a known
 * id is compared by its last two segments; an unknown one built from another of `peers` points elsewhere. Throws
 * when it cannot be told yet.
 */
function namesChild(from: PolicyResource, property: string, read: () => unknown, target: PolicyResource, type: ResourceType,
    peers: readonly PolicyResource[]): boolean {
    if (dependsOn(from, property, target)) {
        return true;
    }
    const known = readKnown(() => ({ id: read() }));
    if (known) {
        if (typeof known.id !== "string") {
            return false;
        }
        const props: Readonly<Record<string, unknown>> = target.props;
        const given = type.nameInput ? props[type.nameInput] : undefined;
        const name = typeof given === "string" ? given : props.name; // outputs carry `name`, not the input
        const collection = type.arm!.split("/").pop()!;
        return typeof name === "string" && known.id.toLowerCase().endsWith(`/${collection}/${name}`.toLowerCase());
    }
    const urns = new Set(peers.map((p) => p.urn));
    if ((from.propertyDependencies[property] ?? []).some((d) => urns.has(d.urn))) {
        return false;
    }
    read(); // throws, naming the unknown path
    return cannotTell(property);
}

/**
 * Strict: does this security policy apply its WAF policy to `target` (an endpoint, for its default domain, or a
 * custom domain)? Its parameters hold no other ids than its domains' and its WAF policy's, so depending on the
 * target means yes.
 */
function appliesWafTo(policy: SecurityPolicy, target: PolicyResource, type: ResourceType, peers: readonly PolicyResource[]): boolean {
    const parameters = policy.props.parameters;
    if (!linksWaf(parameters)) {
        return false;
    }
    if (dependsOn(policy, "parameters", target)) {
        return true;
    }
    return anyOf(listOf(parameters?.associations), (association) =>
        anyOf(listOf(association?.domains), (domain) => namesChild(policy, "parameters", () => domain?.id, target, type, peers)));
}

const enabled = (state: unknown) => !sameText(state, "Disabled");

export default stackPolicy({
    name: "front-door-route-domains-waf",
    description: "Every domain a Front Door (Standard and Premium) route serves, the endpoint's default *.azurefd.net " +
        "domain included, is covered by a security policy that applies a Web Application Firewall policy to it.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-6"] },
    remediation: "List every domain a route serves in the associations of a cdn.SecurityPolicy with a wafPolicy: the " +
        "endpoint's id (parameters.associations[].domains: [{ id: endpoint.id }]) when a route sets " +
        "linkToDefaultDomain: \"Enabled\", and each custom domain's id from the route's customDomains. Or set " +
        "linkToDefaultDomain: \"Disabled\" so that only the WAF-covered custom domains reach the origin.",
    messages: {
        defaultDomainWithoutWaf: "A route links this endpoint's default domain (linkToDefaultDomain Enabled), but no security policy in this stack applies a WAF policy to the endpoint, so requests to its *.azurefd.net host name reach the origin uninspected: add the endpoint's id to a WAF security policy's parameters.associations[].domains, or set linkToDefaultDomain to Disabled on its routes.",
        customDomainWithoutWaf: "A route serves this custom domain, but no security policy in this stack applies a WAF policy to it, so its requests reach the origin uninspected: add its id to a WAF security policy's parameters.associations[].domains.",
    },
    config: {
        requireInStack: requireInStack("a WAF security policy for each domain that a Front Door route serves"),
    },
    resources: [catalog.frontDoorEndpoint, catalog.frontDoorCustomDomain],
    check: (ctx) => {
        // Defaults: a route's linkToDefaultDomain is Disabled (azure-native 3.x fills it in; REST spec Microsoft.Cdn
        // 2025-06-01, RouteProperties.linkToDefaultDomain), its enabledState and an endpoint's are Enabled. A WAF
        // security policy inspects only the domains its associations list, so a route that also links the default
        // domain serves it without the WAF. Source: https://learn.microsoft.com/azure/frontdoor/front-door-waf and
        // https://learn.microsoft.com/azure/frontdoor/front-door-route-matching.
        const profiles = ctx.ofType(catalog.cdnProfile);
        const endpoints = ctx.ofType(catalog.frontDoorEndpoint);
        const domains = ctx.ofType(catalog.frontDoorCustomDomain);
        const routes = ctx.ofType(catalog.frontDoorRoute);
        const securityPolicies = ctx.ofType(catalog.frontDoorSecurityPolicy);
        const peers = [...endpoints, ...domains];

        /** Is there a WAF security policy in this stack on the target's profile (so the stack manages its WAF)? */
        const profileHasWaf = (target: PolicyResource) => anyOf(securityPolicies, (policy) =>
            linksWaf(policy.props.parameters) && anyOf(profiles, (profile) =>
                namesTarget(target, "profileName", profile, catalog.cdnProfile, profiles)
                && namesTarget(policy, "profileName", profile, catalog.cdnProfile, profiles)));
        const judge = (target: PolicyResource, type: ResourceType, id: "defaultDomainWithoutWaf" | "customDomainWithoutWaf") => {
            if (anyOf(securityPolicies, (policy) => appliesWafTo(policy, target, type, peers))) {
                return;
            }
            // A WAF security policy on the same profile that leaves this domain out is a gap of this stack's;
            // without one, another stack may hold the profile's security policies.
            if (profileHasWaf(target)) {
                ctx.report(target, id);
            } else {
                ctx.missing(target, id);
            }
        };

        ctx.each(endpoints, (endpoint) => {
            if (!enabled(endpoint.props.enabledState)) {
                return;
            }
            const servesDefaultDomain = anyOf(routes, (route) =>
                enabled(route.props.enabledState) && sameText(route.props.linkToDefaultDomain, "Enabled")
                && namesTarget(route, "endpointName", endpoint, catalog.frontDoorEndpoint, endpoints));
            if (servesDefaultDomain) {
                judge(endpoint, catalog.frontDoorEndpoint, "defaultDomainWithoutWaf");
            }
        });
        ctx.each(domains, (domain) => {
            const served = anyOf(routes, (route) => enabled(route.props.enabledState)
                && (dependsOn(route, "customDomains", domain) || anyOf(listOf(route.props.customDomains), (entry) =>
                    namesChild(route, "customDomains", () => entry?.id, domain, catalog.frontDoorCustomDomain, domains))));
            if (served) {
                judge(domain, catalog.frontDoorCustomDomain, "customDomainWithoutWaf");
            }
        });
    },
});
