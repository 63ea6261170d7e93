import { CheckContext, PropsOf, resourcePolicy } from "../../lib/kit";

const messages = {
    remoteDebuggingOn: "siteConfig.remoteDebuggingEnabled is true, so the app opens its remote debugger ports to the Internet: set it to false.",
} as const;

/** The site config of an app or a slot (the same SiteConfig input on both). */
function checkRemoteDebugging(siteConfig: PropsOf<"webApp">["siteConfig"], ctx: CheckContext<typeof messages>): void {
    // Default: remote debugging is off unless remoteDebuggingEnabled is true. Source:
    // https://learn.microsoft.com/azure/app-service/configure-common (General settings: Remote debugging, off by
    // default).
    if (siteConfig?.remoteDebuggingEnabled === true) {
        ctx.report("remoteDebuggingOn");
    }
}

export default resourcePolicy({
    name: "app-service-remote-debugging-disabled",
    description: "App Service apps and slots (web, API and function apps) have remote debugging off.",
    area: "applications",
    severity: "high",
    frameworks: {
        mcsb: ["PV-2"],
        azurePolicy: ["0e60b895-3786-45da-8377-9c6b4b6ac5f9", "cb510bfd-1cba-4d9f-a230-cb0976f4bb71"],
    },
    remediation: "Set siteConfig.remoteDebuggingEnabled to false, or leave it unset: it defaults to false. Debug " +
        "locally or in a non-production slot and turn it off again.",
    messages,
    fix: {
        webApp: [{ path: "siteConfig.remoteDebuggingEnabled", value: false }],
        webAppSlot: [{ path: "siteConfig.remoteDebuggingEnabled", value: false }],
    },
    check: {
        webApp: (app, ctx) => checkRemoteDebugging(app.siteConfig, ctx),
        webAppSlot: (slot, ctx) => checkRemoteDebugging(slot.siteConfig, ctx),
    },
});
