import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "static-web-app-preview-environments-disabled",
    description: "Static Web Apps do not publish pull requests and branches to preview environments, which anyone who guesses their URL can open (stagingEnvironmentPolicy Disabled).",
    area: "applications",
    severity: "low",
    // Unreviewed code on a public, guessable URL, beside production's own APIs and settings. No CIS v6.0.0
    // Foundations recommendation or MCSB definition covers Static Web Apps.
    frameworks: { mcsb: ["DS-6"] },
    remediation: "Set stagingEnvironmentPolicy to \"Disabled\" (it defaults to Enabled) and review changes in a separate static web app that " +
        "is not public (behind authentication, or publicNetworkAccess Disabled with a private endpoint). Where " +
        "previews are wanted, waive this policy and keep secrets and real data out of preview builds.",
    noFix: "it turns off the pull-request previews a team may rely on",
    messages: {
        previewsEnabled: "stagingEnvironmentPolicy is not Disabled (unset means Enabled), so pull requests and branches are published to preview environments on public URLs that are easy to guess: set stagingEnvironmentPolicy to Disabled.",
    },
    check: {
        staticSite: (site, ctx) => {
            // Default: unset stagingEnvironmentPolicy is Enabled: each pull request gets a preview environment at
            // <default host>-<PR number>.<region>.azurestaticapps.net, publicly reachable. Source:
            // https://learn.microsoft.com/azure/static-web-apps/preview-environments and
            // https://learn.microsoft.com/azure/static-web-apps/review-publish-pull-requests (pre-production
            // environments are publicly accessible).
            if (!sameText(site.stagingEnvironmentPolicy, "Disabled")) {
                ctx.report("previewsEnabled");
            }
        },
    },
});
