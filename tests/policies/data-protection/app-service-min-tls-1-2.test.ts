import { WebApp, WebAppSlot } from "@pulumi/azure-native/web";
import policy from "../../../policies/data-protection/app-service-min-tls-1-2";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };
const slot = { ...base, name: "orders-web", slot: "staging" };

testResourcePolicy(policy, {
    valid: [
        { name: "unset: both default to 1.2", resource: resource(WebApp, base) },
        { name: "siteConfig without TLS settings: defaults to 1.2", resource: resource(WebApp, { ...base, siteConfig: { alwaysOn: true } }) },
        { name: "1.2 and 1.3", resource: resource(WebApp, { ...base, siteConfig: { minTlsVersion: "1.2", scmMinTlsVersion: "1.3" } }) },
        { name: "slot at 1.2", resource: resource(WebAppSlot, { ...slot, siteConfig: { minTlsVersion: "1.2" } }) },
    ],
    invalid: [
        {
            name: "app at 1.0",
            resource: resource(WebApp, { ...base, siteConfig: { minTlsVersion: "1.0" } }),
            messages: [{ id: "tlsBelow12", data: { input: "minTlsVersion" } }],
        },
        {
            name: "both at 1.1 on a slot",
            resource: resource(WebAppSlot, { ...slot, siteConfig: { minTlsVersion: "1.1", scmMinTlsVersion: "1.1" } }),
            messages: [{ id: "tlsBelow12", data: { input: "minTlsVersion" } }, { id: "tlsBelow12", data: { input: "scmMinTlsVersion" } }],
        },
        {
            name: "SCM at 1.0 while the app version is still unknown",
            resource: resource(WebApp, { ...base, siteConfig: { minTlsVersion: unknown(), scmMinTlsVersion: "1.0" } }),
            messages: [{ id: "tlsBelow12", data: { input: "scmMinTlsVersion" } }],
        },
    ],
    undecided: [
        { name: "app version unknown, SCM version fine", resource: resource(WebApp, { ...base, siteConfig: { minTlsVersion: unknown(), scmMinTlsVersion: "1.2" } }) },
        { name: "SCM version from another resource", resource: resource(WebApp, { ...base, siteConfig: { minTlsVersion: "1.2", scmMinTlsVersion: unknown() } }) },
    ],
});
