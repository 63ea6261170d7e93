import { allowsLegacyTls, CheckContext, FixChange, legacyTls, PropsOf, readKnown, resourcePolicy } from "../../lib/kit";

const messages = {
    tlsBelow12: "siteConfig.{{input}} allows TLS below 1.2: set it to \"1.2\".",
} as const;

function checkSiteConfig(siteConfig: PropsOf<"webApp">["siteConfig"], ctx: CheckContext<typeof messages>): void {
    // Default: both minimums are 1.2 for new apps, through the portal and the API. Source:
    // https://learn.microsoft.com/azure/app-service/overview-tls. TLS 1.0 and 1.1 are not retired on App Service until
    // 31 May 2027 (https://learn.microsoft.com/azure/app-service/tls-minimum-version), so an explicit 1.0 or 1.1 still
    // admits them.
    ctx.each(["minTlsVersion", "scmMinTlsVersion"] as const, (input) => {
        if (allowsLegacyTls(siteConfig?.[input], legacyTls.appService)) {
            ctx.report("tlsBelow12", { input });
        }
    });
}

function tlsFix(siteConfig: PropsOf<"webApp">["siteConfig"]): FixChange[] {
    // One at a time, so a minimum still unknown at preview is left to the engine and the other is still raised.
    return (["minTlsVersion", "scmMinTlsVersion"] as const)
        .filter((input) => readKnown(() => allowsLegacyTls(siteConfig?.[input], legacyTls.appService)) === true)
        .map((input) => ({ path: `siteConfig.${input}`, value: "1.2" }));
}

export default resourcePolicy({
    name: "app-service-min-tls-1-2",
    description: "App Service apps and slots require TLS 1.2 or newer on both the app and its SCM (Kudu) site.",
    area: "data-protection",
    severity: "medium",
    frameworks: {
        mcsb: ["DP-3", "NS-8"],
        azurePolicy: ["f0e6e85b-9b9f-4a4b-b67b-f730d42f1b0b", "f9d614c5-c173-4d56-95a7-b4437057d193"],
    },
    remediation: "Set siteConfig.minTlsVersion and siteConfig.scmMinTlsVersion to \"1.2\" (or \"1.3\"), or leave " +
        "them unset: both default to 1.2.",
    messages,
    // Raises only the minimums below 1.2: a site that already asks for 1.3 keeps it.
    fix: {
        webApp: (app) => tlsFix(app.siteConfig),
        webAppSlot: (slot) => tlsFix(slot.siteConfig),
    },
    check: {
        webApp: (app, ctx) => checkSiteConfig(app.siteConfig, ctx),
        webAppSlot: (slot, ctx) => checkSiteConfig(slot.siteConfig, ctx),
    },
});
