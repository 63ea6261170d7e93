import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";
import { allowsLegacyTls, legacyTls } from "../../lib/kit/checks/tls";

export default resourcePolicy({
    name: "app-service-min-tls-1-2",
    description: "App Service apps and slots require TLS 1.2 or newer on both the app and its SCM (Kudu) site.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-3", "NS-8"], cis: ["9.3"] },
    remediation: "Set siteConfig.minTlsVersion and siteConfig.scmMinTlsVersion to \"1.2\" (or \"1.3\"), or leave " +
        "them unset: both default to 1.2.",
    resources: [catalog.webApp, catalog.webAppSlot],
    check: (app, ctx) => {
        // Unset is fine: App Service sets both minimums to 1.2 for new apps, through the portal and the API.
        ctx.each(["minTlsVersion", "scmMinTlsVersion"] as const, (input) => {
            if (allowsLegacyTls(app.siteConfig?.[input], legacyTls.appService)) {
                ctx.report(`siteConfig.${input} allows TLS below 1.2: set it to "1.2".`);
            }
        });
    },
});
