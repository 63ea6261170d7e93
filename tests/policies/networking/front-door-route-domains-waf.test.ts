import { AFDCustomDomain, AFDEndpoint, Profile, Route, SecurityPolicy } from "@pulumi/azure-native/cdn";
import policy from "../../../policies/networking/front-door-route-domains-waf";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const required = { requireInStack: true };
const wafId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/frontDoorWebApplicationFirewallPolicies/waf";
const cdnId = (path: string) => `/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/afd-app/${path}`;
const endpointId = cdnId("afdEndpoints/web");
const domainId = cdnId("customDomains/www");
const originGroup = { id: cdnId("originGroups/app") };

const profile: StackTestResource = {
    name: "afd", ...resource(Profile, { ...rg, profileName: "afd-app", location: "Global", sku: { name: "Standard_AzureFrontDoor" } }),
};
const endpoint: StackTestResource = { name: "web", ...resource(AFDEndpoint, { ...rg, profileName: "afd-app", endpointName: "web" }) };
const domain: StackTestResource = {
    name: "www", ...resource(AFDCustomDomain, { ...rg, profileName: "afd-app", customDomainName: "www", hostName: "www.contoso.com" }),
};
const route = (name: string, more: { linkToDefaultDomain?: string; customDomains?: unknown; enabledState?: string; endpointName?: unknown } = {}): StackTestResource => ({
    name, ...resource(Route, {
        ...rg, profileName: "afd-app", endpointName: (more.endpointName ?? "web") as string, routeName: name, originGroup,
        linkToDefaultDomain: more.linkToDefaultDomain, enabledState: more.enabledState,
        customDomains: more.customDomains as { id: string }[] | undefined,
    }),
});
const securityPolicy = (name: string, domainIds: unknown[], profileName: unknown = "afd-app"): StackTestResource => ({
    name, ...resource(SecurityPolicy, {
        ...rg, profileName: profileName as string, securityPolicyName: name,
        parameters: { type: "WebApplicationFirewall", wafPolicy: { id: wafId },
            associations: [{ domains: domainIds.map((id) => ({ id: id as string })), patternsToMatch: ["/*"] }] },
    }),
});

testStackPolicy(policy, {
    valid: [
        {
            name: "the default domain and the custom domain are both in the WAF security policy (ids known)",
            config: required,
            resources: [profile, endpoint, domain, route("r", { linkToDefaultDomain: "Enabled", customDomains: [{ id: domainId }] }),
                securityPolicy("sp", [endpointId, domainId])],
        },
        {
            name: "first preview: the security policy's domain ids are the endpoint's and the domain's outputs",
            config: required,
            resources: [profile, endpoint, domain,
                { ...route("r", { linkToDefaultDomain: "Enabled", customDomains: [{ id: unknown() }], endpointName: unknown() }),
                    dependsOn: { customDomains: ["www"], endpointName: ["web"] } },
                { ...securityPolicy("sp", [unknown(), unknown()], unknown()), dependsOn: { parameters: ["web", "www"], profileName: ["afd"] } }],
        },
        {
            name: "a route that serves only a covered custom domain; the default domain is not linked (the default)",
            config: required,
            resources: [profile, endpoint, domain, route("r", { customDomains: [{ id: domainId }] }), securityPolicy("sp", [domainId])],
        },
        {
            name: "a disabled route, and an endpoint with no route, need no WAF",
            config: required,
            resources: [profile, endpoint, domain, route("r", { linkToDefaultDomain: "Enabled", customDomains: [{ id: domainId }], enabledState: "Disabled" })],
        },
    ],
    invalid: [
        {
            name: "the WAF security policy covers the custom domain only, while the route also links the default domain",
            config: required,
            resources: [profile, endpoint, domain, route("r", { linkToDefaultDomain: "Enabled", customDomains: [{ id: domainId }] }),
                securityPolicy("sp", [domainId])],
            violations: [{ resource: "web", message: "defaultDomainWithoutWaf" }],
        },
        {
            name: "the WAF security policy on the profile covers the endpoint but not the custom domain a route serves",
            resources: [profile, endpoint, domain, route("r", { customDomains: [{ id: domainId }] }), securityPolicy("sp", [endpointId])],
            violations: [{ resource: "www", message: "customDomainWithoutWaf" }],
        },
        {
            name: "no security policy in the stack, with requireInStack",
            config: required,
            resources: [profile, endpoint, domain, route("r", { linkToDefaultDomain: "Enabled", customDomains: [{ id: domainId }] })],
            violations: [{ resource: "web", message: "defaultDomainWithoutWaf" }, { resource: "www", message: "customDomainWithoutWaf" }],
        },
    ],
    undecided: [
        {
            name: "requireInStack off (the default): another stack may hold the profile's security policies",
            resources: [profile, endpoint, route("r", { linkToDefaultDomain: "Enabled" })],
        },
        {
            name: "the route's endpointName is unknown and depends on nothing in the stack",
            config: required,
            resources: [profile, endpoint, route("r", { linkToDefaultDomain: "Enabled", endpointName: unknown() }), securityPolicy("sp", [domainId])],
        },
        {
            name: "the security policy's domain id is unknown and depends on nothing in the stack",
            config: required,
            resources: [profile, endpoint, route("r", { linkToDefaultDomain: "Enabled" }), securityPolicy("sp", [unknown()])],
        },
    ],
});
