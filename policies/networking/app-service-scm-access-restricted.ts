import { CheckContext, isSettings, listOf, PropsOf, resourcePolicy, sameText } from "../../lib/kit";

const messages = {
    scmOpen: "The app's access restrictions let only listed networks in, but its SCM (Kudu) site has none, so deployment and the Kudu console stay reachable from anywhere: set siteConfig.scmIpSecurityRestrictionsUseMain to true, or give scmIpSecurityRestrictions allow rules and scmIpSecurityRestrictionsDefaultAction Deny.",
} as const;

type SiteConfig = PropsOf<"webApp">["siteConfig"];

/**
 * Do these rules and default action admit only listed networks? With a Deny default, yes; with an unset default,
 * when there is an allow rule (unmatched traffic is then denied); with an explicit Allow default, no.
 */
function allowListed(rules: unknown, defaultAction: unknown): boolean {
    if (sameText(defaultAction, "Deny")) {
        return true;
    }
    if (defaultAction !== undefined && defaultAction !== null) {
        return false;
    }
    return listOf(rules as readonly unknown[] | undefined)
        .some((r) => isSettings(r) && (r.action === undefined || r.action === null || sameText(r.action, "Allow")));
}

/** An app's or a slot's inputs (the same SiteConfig on both). */
function checkScm(app: Pick<PropsOf<"webApp">, "siteConfig" | "publicNetworkAccess">, ctx: CheckContext<typeof messages>): void {
    const c: SiteConfig = app.siteConfig;
    // Default: without rules the main and SCM sites admit every network; once allow rules exist, unmatched traffic
    // is denied. The SCM site has its own rules unless scmIpSecurityRestrictionsUseMain is true (default false).
    // Source: https://learn.microsoft.com/azure/app-service/overview-access-restrictions (Site access, Advanced tool
    // site). publicNetworkAccess Disabled closes both sites, so nothing is left to restrict.
    if (sameText(app.publicNetworkAccess, "Disabled") || !allowListed(c?.ipSecurityRestrictions, c?.ipSecurityRestrictionsDefaultAction)) {
        return;
    }
    if (c?.scmIpSecurityRestrictionsUseMain === true) {
        return;
    }
    if (!allowListed(c?.scmIpSecurityRestrictions, c?.scmIpSecurityRestrictionsDefaultAction)) {
        ctx.report("scmOpen");
    }
}

export default resourcePolicy({
    name: "app-service-scm-access-restricted",
    description: "App Service apps and slots that restrict their main site to listed networks restrict their SCM (Kudu) site too, by reusing the main site's rules or with rules of its own.",
    area: "networking",
    severity: "medium",
    // No CIS v6.0.0 Foundations recommendation or MCSB definition checks the SCM site's access restrictions.
    frameworks: { mcsb: ["NS-2", "PA-7"] },
    remediation: "Set siteConfig.scmIpSecurityRestrictionsUseMain to true, or list the build agents' and admins' " +
        "networks in siteConfig.scmIpSecurityRestrictions with scmIpSecurityRestrictionsDefaultAction \"Deny\". " +
        "Better still, set publicNetworkAccess to Disabled and deploy through a private endpoint.",
    noFix: "restricting the deployment endpoint cuts off the pipelines that deploy through it",
    messages,
    check: {
        webApp: (app, ctx) => checkScm(app, ctx),
        webAppSlot: (slot, ctx) => checkScm(slot, ctx),
    },
});
