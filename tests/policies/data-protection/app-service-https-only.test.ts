import { WebApp, WebAppSlot } from "@pulumi/azure-native/web";
import policy from "../../../policies/data-protection/app-service-https-only";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };
const slot = { ...base, name: "orders-web", slot: "staging" };

testResourcePolicy(policy, {
    valid: [
        { name: "app HTTPS only", resource: resource(WebApp, { ...base, httpsOnly: true }) },
        { name: "slot HTTPS only", resource: resource(WebAppSlot, { ...slot, httpsOnly: true }) },
    ],
    invalid: [
        {
            name: "unset: defaults to false",
            resource: resource(WebApp, base),
            messages: ["httpAllowed"],
        },
        {
            name: "app allows HTTP",
            resource: resource(WebApp, { ...base, httpsOnly: false }),
            messages: ["httpAllowed"],
        },
        {
            name: "slot unset: defaults to false",
            resource: resource(WebAppSlot, slot),
            messages: ["httpAllowed"],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: resource(WebApp, { ...base, httpsOnly: unknown() }) },
    ],
});
