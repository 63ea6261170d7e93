import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "app-service-http2",
    description: "App Service apps and slots accept HTTP/2 (siteConfig.http20Enabled not false).",
    area: "applications",
    severity: "low",
    // Azure Policy's MCSB initiative audits web.http20Enabled under PV-2 (secure configuration of App Service).
    frameworks: { mcsb: ["PV-2"] },
    remediation: "Set siteConfig.http20Enabled to true, or leave it unset: the API and the SDK default it to true.",
    resources: [catalog.webApp, catalog.webAppSlot],
    check: (app, ctx) => {
        if (app.siteConfig?.http20Enabled === false) {
            ctx.report("siteConfig.http20Enabled is false, so clients are held to HTTP/1.1: set it to true.");
        }
    },
});
