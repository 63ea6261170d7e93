import { catalog, requireInStack, stackPolicy } from "../../lib/kit";

export default stackPolicy({
    name: "subscription-activity-log-export-required",
    description: "A stack that manages the subscription's activity log monitoring (declares activity log alerts) also " +
        "declares a diagnostic setting that exports the subscription's activity log.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-3", "LT-5"], cis: ["6.1.1.1"] },
    remediation: "Declare a monitor.SubscriptionDiagnosticSetting with workspaceId (or storageAccountId, " +
        "eventHubAuthorizationRuleId) and logs enabling at least Administrative, Alert, Policy and Security; " +
        "subscription-activity-log-export checks what it exports. Where another stack manages the export, leave " +
        "requireInStack off.",
    messages: {
        noExport: "The subscription's activity log is not exported by a diagnostic setting declared in this stack, so Azure keeps its events for 90 days only: add a monitor.SubscriptionDiagnosticSetting that sends it to a Log Analytics workspace or storage account.",
    },
    config: {
        requireInStack: requireInStack("a diagnostic setting exporting the subscription's activity log (monitor.SubscriptionDiagnosticSetting)"),
    },
    // The export is the subscription's, often managed by one platform stack: the policy acts on a stack that declares
    // activity log alerts (subscription-level monitoring), not on every stack that deploys into the subscription.
    resources: [catalog.subscriptionDiagnosticSetting, catalog.activityLogAlert],
    check: (ctx) => {
        // Default: without a diagnostic setting the activity log is kept for 90 days and exported nowhere. Source:
        // https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log (retention and export).
        const anchor = ctx.ofType(catalog.activityLogAlert)[0];
        if (anchor && ctx.ofType(catalog.subscriptionDiagnosticSetting).length === 0) {
            ctx.missing(anchor, "noExport");
        }
    },
});
