import { CheckContext, PropsOf, resourcePolicy, sameText } from "../../lib/kit";

const messages = {
    ftpsUnset: "siteConfig.ftpsState is unset, so it defaults to AllAllowed and plain FTP is accepted: set it to Disabled or FtpsOnly.",
    plainFtpAllowed: "siteConfig.ftpsState allows plain FTP: set it to Disabled or FtpsOnly.",
} as const;

/** The site config of an app or a slot (the same SiteConfig input on both). */
function checkFtps(siteConfig: PropsOf<"webApp">["siteConfig"], ctx: CheckContext<typeof messages>): void {
    // Default: unset ftpsState is AllAllowed (plain FTP and FTPS). Source: CIS Microsoft Azure Foundations Benchmark,
    // App Service "FTP state" (default value "All allowed"); the Microsoft.Web 2025-05-01 spec gives no default.
    const state = siteConfig?.ftpsState;
    if (state === undefined || state === null) {
        ctx.report("ftpsUnset");
    } else if (!sameText(state, "FtpsOnly") && !sameText(state, "Disabled")) {
        ctx.report("plainFtpAllowed");
    }
}

export default resourcePolicy({
    name: "app-service-ftps-only",
    description: "App Service apps and slots refuse plain FTP: siteConfig.ftpsState is FtpsOnly or Disabled.",
    area: "applications",
    severity: "high",
    frameworks: {
        mcsb: ["DP-3"],
        azurePolicy: ["399b2637-a50f-4f95-96f8-3a145476eb15", "4d24b6d4-5e53-4a4f-a7f4-618fa573ee4b"],
    },
    remediation: "Set siteConfig.ftpsState to Disabled (or FtpsOnly if you deploy over FTPS). Unset means " +
        "AllAllowed: plain FTP, with deployment credentials in clear text, is accepted.",
    messages,
    // FtpsOnly rather than Disabled: deployments that use FTP keep working, over TLS.
    fix: {
        webApp: [{ path: "siteConfig.ftpsState", value: "FtpsOnly" }],
        webAppSlot: [{ path: "siteConfig.ftpsState", value: "FtpsOnly" }],
    },
    check: {
        webApp: (app, ctx) => checkFtps(app.siteConfig, ctx),
        webAppSlot: (slot, ctx) => checkFtps(slot.siteConfig, ctx),
    },
});
