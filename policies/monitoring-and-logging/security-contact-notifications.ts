import { anyOf, catalog, listOf, option, requireInStack, sameText, stackPolicy } from "../../lib/kit";

export default stackPolicy({
    name: "security-contact-notifications",
    description: "A stack that manages the subscription's Defender for Cloud settings (a security Pricing or " +
        "SecurityContact) declares the subscription's security contact, with an email address, enabled, notifying " +
        "about security alerts and attack paths and emailing the subscription's owners.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: {
        mcsb: ["IR-2"],
        cis: ["8.1.12", "8.1.13", "8.1.14", "8.1.15"],
        azurePolicy: [
            "4f4f78b8-e367-4b10-a341-d9a4ad5cf1c7",
            "6e2593d9-add6-4083-9c9b-4b7d2188c899",
            "0b15565f-aa9e-48ba-8619-45960f2c314d",
        ],
    },
    remediation: "Declare a security.SecurityContact (securityContactName \"default\") with emails set to the security " +
        "team's addresses, isEnabled: true, notificationsSources [{ sourceType: \"Alert\", minimalSeverity: \"High\" }, " +
        "{ sourceType: \"AttackPath\", minimalRiskLevel: \"Critical\" }] " +
        "and notificationsByRole { state: \"On\", roles: [\"Owner\"] }. Where another stack manages the contact, leave " +
        "requireInStack off.",
    messages: {
        noContact: "The subscription's security contact is not declared in this stack: add a security.SecurityContact with emails, isEnabled: true, an Alert notification source and notificationsByRole for Owner.",
        noEmail: "emails is not set, so Defender for Cloud has no address to send security issues to: set it to the security team's addresses.",
        notEnabled: "isEnabled is not true, so the contact gets no notifications: set isEnabled: true.",
        noAlertSource: "notificationsSources has no Alert source, so no email goes out about security alerts: add { sourceType: \"Alert\", minimalSeverity: \"High\" }.",
        noAttackPathSource: "notificationsSources has no AttackPath source, so no email goes out about attack paths Defender for Cloud finds: add { sourceType: \"AttackPath\", minimalRiskLevel: \"Critical\" } (or a lower risk level).",
        ownersNotNotified: "notificationsByRole does not email the subscription's owners about alerts: set state \"On\" and include \"Owner\" in roles.",
    },
    config: {
        attackPathNotifications: option.boolean({
            default: true,
            description: "Require attack path notifications (an AttackPath notification source, CIS 8.1.15). Off, the " +
                "contact is checked as the MCSB initiative checks it.",
        }),
        requireInStack: requireInStack("the subscription's security contact (security.SecurityContact)"),
    },
    // The contact is the subscription's, often managed by one platform stack: the policy acts on a stack that declares
    // Defender for Cloud settings, not on every stack that deploys resources into the subscription.
    resources: [catalog.securityContact, catalog.defenderPricing],
    check: (ctx) => {
        const contacts = ctx.ofType(catalog.securityContact);
        const anchor = contacts[0] ?? ctx.ofType(catalog.defenderPricing)[0];
        if (contacts.length === 0 && anchor) {
            ctx.missing(anchor, "noContact");
        }
        ctx.each(contacts, (contact) => {
            const { emails, isEnabled, notificationsSources, notificationsByRole } = contact.props;
            if (typeof emails !== "string" || emails.trim() === "") {
                ctx.report(contact, "noEmail");
            }
            // The API (2023-12-01-preview) declares no default: a contact is enabled only when isEnabled says so.
            if (isEnabled !== true) {
                ctx.report(contact, "notEnabled");
            }
            if (!anyOf(listOf(notificationsSources), (source) => sameText(source?.sourceType, "Alert"))) {
                ctx.report(contact, "noAlertSource");
            }
            // Default: no source means no notification of that kind; the API declares no default list. Source:
            // https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications
            if (ctx.config.attackPathNotifications
                && !anyOf(listOf(notificationsSources), (source) => sameText(source?.sourceType, "AttackPath"))) {
                ctx.report(contact, "noAttackPathSource");
            }
            if (!sameText(notificationsByRole?.state, "On") || !anyOf(listOf(notificationsByRole?.roles), (role) => sameText(role, "Owner"))) {
                ctx.report(contact, "ownersNotNotified");
            }
        });
    },
});
