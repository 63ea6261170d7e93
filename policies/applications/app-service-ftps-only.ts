import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";
import { sameText } from "../../lib/kit/values";

export default resourcePolicy({
    name: "app-service-ftps-only",
    description: "App Service apps and slots refuse plain FTP: siteConfig.ftpsState is FtpsOnly or Disabled.",
    area: "applications",
    severity: "high",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Set siteConfig.ftpsState to Disabled (or FtpsOnly if you deploy over FTPS). Unset means " +
        "AllAllowed: plain FTP, with deployment credentials in clear text, is accepted.",
    resources: [catalog.webApp, catalog.webAppSlot],
    check: (app, ctx) => {
        const state = app.siteConfig?.ftpsState;
        if (state === undefined || state === null) {
            ctx.report("siteConfig.ftpsState is unset, so it defaults to AllAllowed and plain FTP is accepted: set it " +
                "to Disabled or FtpsOnly.");
        } else if (!sameText(state, "FtpsOnly") && !sameText(state, "Disabled")) {
            ctx.report("siteConfig.ftpsState allows plain FTP: set it to Disabled or FtpsOnly.");
        }
    },
});
