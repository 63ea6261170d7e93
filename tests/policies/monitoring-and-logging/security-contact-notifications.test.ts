import { Pricing, SecurityContact, SecurityContactArgs } from "@pulumi/azure-native/security";
import policy from "../../../policies/monitoring-and-logging/security-contact-notifications";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const complete: SecurityContactArgs = {
    securityContactName: "default",
    emails: "secops@contoso.com;soc@contoso.com",
    isEnabled: true,
    notificationsSources: [{ sourceType: "Alert", minimalSeverity: "High" }, { sourceType: "AttackPath", minimalRiskLevel: "Critical" }],
    notificationsByRole: { state: "On", roles: ["Owner", "ServiceAdmin"] },
};
const contact = (more: Partial<SecurityContactArgs> = {}, name = "contact"): StackTestResource =>
    ({ name, ...resource(SecurityContact, { ...complete, ...more }) });
const plan: StackTestResource = {
    name: "servers", ...resource(Pricing, { scopeId: "/subscriptions/00000000-0000-0000-0000-000000000000", pricingName: "VirtualMachines", pricingTier: "Standard" }),
};

testStackPolicy(policy, {
    valid: [
        { name: "emails, enabled, alerts, owners", resources: [plan, contact()] },
        {
            name: "enum values in another case",
            resources: [contact({ notificationsByRole: { state: "on", roles: ["owner"] }, notificationsSources: [{ sourceType: "alert" as "Alert" }, { sourceType: "attackpath" as "AttackPath" }] })],
        },
        {
            name: "attack path notifications not required (the MCSB reading)",
            config: { attackPathNotifications: false },
            resources: [contact({ notificationsSources: [{ sourceType: "Alert", minimalSeverity: "High" }] })],
        },
    ],
    invalid: [
        {
            name: "required here: a Defender plan but no contact",
            config: { requireInStack: true },
            resources: [plan],
            violations: [{ resource: "servers", message: "noContact" }],
        },
        {
            name: "a contact with nothing set",
            resources: [{ name: "bare", ...resource(SecurityContact, { securityContactName: "default" }) }],
            violations: [
                { resource: "bare", message: "noEmail" }, { resource: "bare", message: "notEnabled" },
                { resource: "bare", message: "noAlertSource" }, { resource: "bare", message: "noAttackPathSource" },
                { resource: "bare", message: "ownersNotNotified" },
            ],
        },
        {
            name: "empty emails, disabled, attack paths only, role notifications off",
            resources: [contact({
                emails: " ", isEnabled: false, notificationsSources: [{ sourceType: "AttackPath", minimalRiskLevel: "High" }],
                notificationsByRole: { state: "Off", roles: ["Owner"] },
            })],
            violations: [
                { resource: "contact", message: "noEmail" }, { resource: "contact", message: "notEnabled" },
                { resource: "contact", message: "noAlertSource" }, { resource: "contact", message: "ownersNotNotified" },
            ],
        },
        {
            name: "alerts only, no attack paths",
            resources: [contact({ notificationsSources: [{ sourceType: "Alert", minimalSeverity: "Medium" }] })],
            violations: [{ resource: "contact", message: "noAttackPathSource" }],
        },
        {
            name: "role notifications on, but not to owners",
            resources: [contact({ notificationsByRole: { state: "On", roles: ["Contributor"] } })],
            violations: [{ resource: "contact", message: "ownersNotNotified" }],
        },
    ],
    undecided: [
        { name: "by default, a contact another stack may declare", resources: [plan] },
        { name: "emails from config", resources: [contact({ emails: unknown() })] },
        { name: "roles from config", resources: [contact({ notificationsByRole: { state: "On", roles: unknown() } })] },
        { name: "notification sources from config", resources: [contact({ notificationsSources: unknown() })] },
    ],
});
