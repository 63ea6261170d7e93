import { Profile, SecurityPolicy } from "@pulumi/azure-native/cdn";
import policy from "../../../policies/networking/front-door-waf-security-policy";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const required = { requireInStack: true };
const wafId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/frontDoorWebApplicationFirewallPolicies/waf";
const endpointId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/afd-app/afdEndpoints/web";

const profile = (name: string, profileName: string, sku = "Standard_AzureFrontDoor"): StackTestResource => ({
    name, ...resource(Profile, { ...rg, profileName, location: "Global", sku: { name: sku } }),
});
const securityPolicy = (name: string, profileName: unknown, wafPolicy: object | undefined = { id: wafId }): StackTestResource => ({
    name, ...resource(SecurityPolicy, {
        ...rg, profileName: profileName as string,
        parameters: { type: "WebApplicationFirewall", wafPolicy, associations: [{ domains: [{ id: endpointId }], patternsToMatch: ["/*"] }] },
    }),
});

testStackPolicy(policy, {
    valid: [
        {
            name: "a Front Door profile with a WAF security policy (names compared case-insensitively)",
            config: required,
            resources: [profile("afd", "afd-app"), securityPolicy("sp", "AFD-APP")],
        },
        {
            name: "first preview: the security policy's profileName is unknown and depends on the profile",
            config: required,
            resources: [profile("afd", "afd-app", "Premium_AzureFrontDoor"), { ...securityPolicy("sp", unknown()), dependsOn: { profileName: ["afd"] } }],
        },
        {
            name: "a classic CDN profile needs no security policy",
            config: required,
            resources: [profile("cdn", "cdn-app", "Standard_Microsoft")],
        },
        {
            name: "WAF policy id from another resource: its presence decides",
            config: required,
            resources: [profile("afd", "afd-app"), securityPolicy("sp", "afd-app", { id: unknown() })],
        },
    ],
    invalid: [
        {
            name: "a Front Door profile without a security policy",
            config: required,
            resources: [profile("afd", "afd-app")],
            violations: [{ resource: "afd", message: "profileWithoutWaf" }],
        },
        {
            name: "a security policy without a WAF policy, on its profile, and one on another profile",
            config: required,
            resources: [profile("afd", "afd-app"), securityPolicy("sp", "afd-app", {}),
                profile("other", "afd-other"), securityPolicy("sp2", "afd-other")],
            violations: [{ resource: "sp", message: "securityPolicyWithoutWaf" }, { resource: "afd", message: "profileWithoutWaf" }],
        },
    ],
    undecided: [
        {
            name: "requireInStack off (the default): another stack may add the security policy",
            resources: [profile("afd", "afd-app")],
        },
        {
            name: "the security policy's profileName is unknown and depends on nothing in the stack",
            config: required,
            resources: [profile("afd", "afd-app"), securityPolicy("sp", unknown())],
        },
        {
            name: "the profile's SKU is unknown",
            config: required,
            resources: [{ name: "afd", ...resource(Profile, { ...rg, profileName: "afd-app", sku: { name: unknown() } }) }],
        },
    ],
});
