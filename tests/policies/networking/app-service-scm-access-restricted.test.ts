import { WebApp, WebAppSlot } from "@pulumi/azure-native/web";
import policy from "../../../policies/networking/app-service-scm-access-restricted";
import { resource, testResourcePolicy, unknown } from "../../tester";

const app = (siteConfig?: object, extra: object = {}) => resource(WebApp, { resourceGroupName: "rg", siteConfig, ...extra });
const office = { name: "office", ipAddress: "203.0.113.0/24", action: "Allow", priority: 100 };
const frontDoor = { name: "afd", ipAddress: "AzureFrontDoor.Backend", tag: "ServiceTag", priority: 100 };

testResourcePolicy(policy, {
    valid: [
        { name: "no restrictions at all (another policy's concern)", resource: app() },
        { name: "main site open by explicit Allow", resource: app({ ipSecurityRestrictions: [office], ipSecurityRestrictionsDefaultAction: "Allow" }) },
        { name: "SCM reuses the main rules", resource: app({ ipSecurityRestrictions: [office], scmIpSecurityRestrictionsUseMain: true }) },
        { name: "SCM has its own allow rules", resource: app({ ipSecurityRestrictions: [frontDoor], scmIpSecurityRestrictions: [office] }) },
        {
            name: "SCM denies by default",
            resource: app({ ipSecurityRestrictionsDefaultAction: "Deny", scmIpSecurityRestrictionsDefaultAction: "Deny" }),
        },
        { name: "public access disabled", resource: app({ ipSecurityRestrictions: [office] }, { publicNetworkAccess: "Disabled" }) },
    ],
    invalid: [
        { name: "main allow-listed, SCM without rules", resource: app({ ipSecurityRestrictions: [frontDoor] }), messages: ["scmOpen"] },
        {
            name: "main denies by default, SCM explicitly allows",
            resource: app({ ipSecurityRestrictionsDefaultAction: "Deny", scmIpSecurityRestrictions: [office], scmIpSecurityRestrictionsDefaultAction: "Allow" }),
            messages: ["scmOpen"],
        },
        {
            name: "SCM with only deny rules",
            resource: app({ ipSecurityRestrictions: [office], scmIpSecurityRestrictions: [{ ...office, action: "Deny" }], scmIpSecurityRestrictionsUseMain: false }),
            messages: ["scmOpen"],
        },
        {
            name: "in a slot",
            resource: resource(WebAppSlot, { resourceGroupName: "rg", name: "app", siteConfig: { ipSecurityRestrictions: [office] } }),
            messages: ["scmOpen"],
        },
    ],
    undecided: [
        { name: "main default action unknown", resource: app({ ipSecurityRestrictionsDefaultAction: unknown() }) },
        { name: "use-main flag unknown", resource: app({ ipSecurityRestrictions: [office], scmIpSecurityRestrictionsUseMain: unknown() }) },
    ],
});
