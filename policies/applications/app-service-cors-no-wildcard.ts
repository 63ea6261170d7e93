import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "app-service-cors-no-wildcard",
    description: "App Service apps and slots do not let every origin make cross-origin calls (no \"*\" in siteConfig.cors.allowedOrigins).",
    area: "applications",
    severity: "medium",
    frameworks: { mcsb: ["PV-2"] },
    remediation: "List the origins that need access in siteConfig.cors.allowedOrigins (e.g. https://app.contoso.com) " +
        "instead of \"*\". Unset means no cross-origin calls are allowed.",
    resources: [catalog.webApp, catalog.webAppSlot],
    check: (app, ctx) => {
        ctx.each(app.siteConfig?.cors?.allowedOrigins, (origin, i) => {
            if (typeof origin === "string" && origin.trim() === "*") {
                ctx.report(`siteConfig.cors.allowedOrigins[${i}] is the wildcard, so any website can call the app ` +
                    "from a visitor's browser: list the allowed origins instead.");
            }
        });
    },
});
