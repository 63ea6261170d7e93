import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "app-service-remote-debugging-disabled",
    description: "App Service apps and slots (web, API and function apps) have remote debugging off.",
    area: "applications",
    severity: "high",
    frameworks: { mcsb: ["PV-2"] },
    remediation: "Set siteConfig.remoteDebuggingEnabled to false, or leave it unset: it defaults to false. Debug " +
        "locally or in a non-production slot and turn it off again.",
    resources: [catalog.webApp, catalog.webAppSlot],
    check: (app, ctx) => {
        if (app.siteConfig?.remoteDebuggingEnabled === true) {
            ctx.report("siteConfig.remoteDebuggingEnabled is true, so the app opens its remote debugger ports to the " +
                "Internet: set it to false.");
        }
    },
});
