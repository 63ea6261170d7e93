import { Endpoint } from "@pulumi/azure-native/cdn";
import policy from "../../../policies/networking/cdn-endpoint-https-only";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const origins = [{ name: "origin", hostName: "app.example.com" }];
const endpoint = (more: object = {}) => resource(Endpoint, { resourceGroupName: "rg", profileName: "cdn", origins, ...more });
const redirect = (destinationProtocol = "Https") => ({
    name: "UrlRedirect" as const,
    parameters: { typeName: "DeliveryRuleUrlRedirectActionParameters" as const, redirectType: "Found", destinationProtocol },
});
const httpScheme = (more: object = {}) => ({
    name: "RequestScheme" as const,
    parameters: { typeName: "DeliveryRuleRequestSchemeConditionParameters" as const, operator: "Equal", matchValues: ["HTTP"], ...more },
});
const rules = (...r: object[]) => ({ deliveryPolicy: { rules: r as any } });

testResourcePolicy(policy, {
    valid: [
        { name: "HTTP off", resource: endpoint({ isHttpAllowed: false }) },
        {
            name: "HTTP redirected to HTTPS by a delivery rule",
            resource: endpoint(rules({ name: "EnforceHttps", order: 1, conditions: [httpScheme()], actions: [redirect()] })),
        },
        {
            name: "the redirect rule among others, case-insensitive",
            resource: endpoint(rules(
                { name: "Cache", order: 1, actions: [{ name: "CacheExpiration", parameters: { typeName: "DeliveryRuleCacheExpirationActionParameters", cacheBehavior: "Override", cacheType: "All", cacheDuration: "01:00:00" } }] },
                { name: "EnforceHttps", order: 2, conditions: [httpScheme({ matchValues: ["http"] })], actions: [redirect("https")] })),
        },
    ],
    invalid: [
        { name: "unset: HTTP allowed", resource: endpoint(), messages: ["httpAllowed"] },
        { name: "HTTP explicitly allowed", resource: endpoint({ isHttpAllowed: true, isHttpsAllowed: true }), messages: ["httpAllowed"] },
        {
            name: "a redirect that keeps the request's protocol",
            resource: endpoint(rules({ name: "Move", order: 1, conditions: [httpScheme()], actions: [redirect("MatchRequest")] })),
            messages: ["httpAllowed"],
        },
        {
            name: "a redirect to HTTPS on a negated scheme condition, and one without a condition",
            resource: endpoint(rules(
                { name: "Neg", order: 1, conditions: [httpScheme({ negateCondition: true })], actions: [redirect()] },
                { name: "NoCondition", order: 2, actions: [redirect()] })),
            messages: ["httpAllowed"],
        },
        { name: "a null rule holds nothing", resource: endpoint(rules(untyped(null))), messages: ["httpAllowed"] },
    ],
    undecided: [
        { name: "HTTP flag from another resource", resource: endpoint({ isHttpAllowed: unknown() }) },
        { name: "delivery rules from another resource", resource: endpoint({ deliveryPolicy: { rules: unknown() } }) },
    ],
});
