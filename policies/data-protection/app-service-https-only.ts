import { CheckContext, PropsOf, resourcePolicy } from "../../lib/kit";

const messages = {
    httpAllowed: "httpsOnly is not true, so the app also serves plain HTTP: set httpsOnly to true.",
} as const;

function checkHttpsOnly(httpsOnly: PropsOf<"webApp">["httpsOnly"], ctx: CheckContext<typeof messages>): void {
    // Default: unset httpsOnly is false (HTTP is served too). Source: CIS Microsoft Azure Foundations Benchmark, App
    // Service "HTTPS Only" (default off); the Microsoft.Web 2025-05-01 spec gives no default.
    if (httpsOnly !== true) {
        ctx.report("httpAllowed");
    }
}

export default resourcePolicy({
    name: "app-service-https-only",
    description: "App Service apps and their deployment slots accept HTTPS only, redirecting plain HTTP.",
    area: "data-protection",
    severity: "high",
    frameworks: {
        mcsb: ["DP-3"],
        azurePolicy: ["6d555dd1-86f2-4f1c-8ed7-5abae7c6cbab", "a4af4a39-4135-47fb-b175-47fbdf85311d"],
    },
    remediation: "Set httpsOnly to true on the web.WebApp and on each web.WebAppSlot. It defaults to false, so " +
        "leaving it unset allows plain HTTP.",
    messages,
    fix: {
        webApp: [{ path: "httpsOnly", value: true }],
        webAppSlot: [{ path: "httpsOnly", value: true }],
    },
    check: {
        webApp: (app, ctx) => checkHttpsOnly(app.httpsOnly, ctx),
        webAppSlot: (slot, ctx) => checkHttpsOnly(slot.httpsOnly, ctx),
    },
});
