import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "app-service-https-only",
    description: "App Service apps and their deployment slots accept HTTPS only, redirecting plain HTTP.",
    area: "data-protection",
    severity: "high",
    frameworks: { mcsb: ["DP-3"], cis: ["9.2"] },
    remediation: "Set httpsOnly to true on the web.WebApp and on each web.WebAppSlot. It defaults to false, so " +
        "leaving it unset allows plain HTTP.",
    resources: [catalog.webApp, catalog.webAppSlot],
    check: (app, ctx) => {
        if (app.httpsOnly !== true) {
            ctx.report("httpsOnly is not true, so the app also serves plain HTTP: set httpsOnly to true.");
        }
    },
});
