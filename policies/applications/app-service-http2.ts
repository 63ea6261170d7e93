import { CheckContext, PropsOf, resourcePolicy } from "../../lib/kit";

const messages = {
    http2Off: "siteConfig.http20Enabled is false, so clients are held to HTTP/1.1: set it to true.",
} as const;

/** The site config of an app or a slot (the same SiteConfig input on both). */
function checkHttp2(siteConfig: PropsOf<"webApp">["siteConfig"], ctx: CheckContext<typeof messages>): void {
    // Default: unset http20Enabled is true. Source: REST spec Microsoft.Web 2025-05-01, SiteConfig.http20Enabled
    // default true (azure-native 3.28 fills it in: siteConfigArgsProvideDefaults).
    if (siteConfig?.http20Enabled === false) {
        ctx.report("http2Off");
    }
}

export default resourcePolicy({
    name: "app-service-http2",
    description: "App Service apps and slots accept HTTP/2 (siteConfig.http20Enabled not false).",
    area: "applications",
    severity: "low",
    // Azure Policy's MCSB initiative audits web.http20Enabled under PV-2 (secure configuration of App Service).
    frameworks: {
        mcsb: ["PV-2"],
        azurePolicy: ["19dd1db6-f442-49cf-a838-b0786b4401ef", "ab6a902f-9493-453b-928d-62c30b11b5a6"],
    },
    remediation: "Set siteConfig.http20Enabled to true, or leave it unset: the API and the SDK default it to true.",
    messages,
    fix: {
        webApp: [{ path: "siteConfig.http20Enabled", value: true }],
        webAppSlot: [{ path: "siteConfig.http20Enabled", value: true }],
    },
    check: {
        webApp: (app, ctx) => checkHttp2(app.siteConfig, ctx),
        webAppSlot: (slot, ctx) => checkHttp2(slot.siteConfig, ctx),
    },
});
