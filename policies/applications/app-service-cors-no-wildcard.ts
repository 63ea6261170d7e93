import { CheckContext, PropsOf, resourcePolicy } from "../../lib/kit";

const messages = {
    wildcardOrigin: "siteConfig.cors.allowedOrigins[{{index}}] is the wildcard, so any website can call the app from a visitor's browser: list the allowed origins instead.",
} as const;

/** The site config of an app or a slot (the same SiteConfig input on both). */
function checkCors(siteConfig: PropsOf<"webApp">["siteConfig"], ctx: CheckContext<typeof messages>): void {
    // Default: without siteConfig.cors the app sends no CORS headers, so browsers refuse cross-origin calls. Source:
    // https://learn.microsoft.com/azure/app-service/app-service-web-tutorial-rest-api (CORS is off until origins are
    // listed).
    ctx.each(siteConfig?.cors?.allowedOrigins, (origin, index) => {
        if (typeof origin === "string" && origin.trim() === "*") {
            ctx.report("wildcardOrigin", { index });
        }
    });
}

export default resourcePolicy({
    name: "app-service-cors-no-wildcard",
    description: "App Service apps and slots do not let every origin make cross-origin calls (no \"*\" in siteConfig.cors.allowedOrigins).",
    area: "applications",
    severity: "medium",
    frameworks: {
        mcsb: ["PV-2"],
        azurePolicy: ["0820b7b9-23aa-4725-a1ce-ae4558f718e5", "5744710e-cc2f-4ee8-8809-3b11e89f4bc9"],
    },
    remediation: "List the origins that need access in siteConfig.cors.allowedOrigins (e.g. https://app.contoso.com) " +
        "instead of \"*\". Unset means no cross-origin calls are allowed.",
    messages,
    check: {
        webApp: (app, ctx) => checkCors(app.siteConfig, ctx),
        webAppSlot: (slot, ctx) => checkCors(slot.siteConfig, ctx),
    },
});
