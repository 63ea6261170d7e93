import { FrontDoor } from "@pulumi/azure-native/frontdoor";
import policy from "../../../policies/networking/front-door-waf-enabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const wafId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/frontDoorWebApplicationFirewallPolicies/waf";
const frontDoor = (...links: (string | undefined)[]) => resource(FrontDoor, {
    resourceGroupName: "rg", location: "Global",
    frontendEndpoints: links.map((id, i) => ({
        name: `endpoint${i}`, hostName: `app${i}.azurefd.net`,
        webApplicationFirewallPolicyLink: id === undefined ? undefined : { id },
    })),
});

testResourcePolicy(policy, {
    valid: [
        { name: "one endpoint with a WAF policy", resource: frontDoor(wafId) },
        { name: "every endpoint with a WAF policy", resource: frontDoor(wafId, wafId) },
    ],
    invalid: [
        { name: "no WAF policy", resource: frontDoor(undefined), messages: [{ id: "endpointWithoutWaf", data: { index: 0 } }] },
        {
            name: "second endpoint without a WAF policy",
            resource: frontDoor(wafId, undefined),
            messages: [{ id: "endpointWithoutWaf", data: { index: 1 } }],
        },
        {
            name: "an empty link, next to an unknown one",
            resource: frontDoor("", unknown()),
            messages: [{ id: "endpointWithoutWaf", data: { index: 0 } }],
        },
    ],
    undecided: [
        { name: "WAF policy id from another resource", resource: frontDoor(unknown()) },
        {
            name: "endpoints from another resource",
            resource: resource(FrontDoor, { resourceGroupName: "rg", frontendEndpoints: unknown() }),
        },
    ],
});
