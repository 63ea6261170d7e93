import { option, resourcePolicy } from "../../lib/kit";

/**
 * Azure's workspace retention when retentionInDays is unset (the legacy Free tier keeps 7 days).
 * Default: 30 days. Source: https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure
 */
const defaultDays = 30;

export default resourcePolicy({
    name: "log-analytics-retention",
    description: "Log Analytics workspaces keep data at least the configured number of days (90 by default).",
    area: "compliance",
    severity: "medium",
    frameworks: { mcsb: ["LT-6"] },
    remediation: "Set retentionInDays to at least the configured minimumDays (90 unless configured). Unset means " +
        "30 days.",
    messages: {
        // One message for unset and too short: the fix is the same. The 30 days are defaultDays.
        retentionTooShort: "retentionInDays is too short or not set (Azure keeps 30 days when unset); the minimum is {{config.minimumDays}} days: set it to {{config.minimumDays}} or more.",
    },
    config: {
        minimumDays: option.integer({
            default: 90,
            minimum: 1,
            description: "The shortest workspace retention, in days, that the organization accepts.",
        }),
    },
    check: {
        logAnalyticsWorkspace: (workspace, ctx) => {
            if ((workspace.retentionInDays ?? defaultDays) < ctx.config.minimumDays) {
                ctx.report("retentionTooShort");
            }
        },
    },
});
