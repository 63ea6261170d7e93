import { anyOf, listOf, option, resourcePolicy, sameText } from "../../lib/kit";

/** The activity log's categories, as a subscription diagnostic setting names them. */
const categories = ["Administrative", "Security", "ServiceHealth", "Alert", "Recommendation", "Policy", "Autoscale",
    "ResourceHealth"] as const;

// Retired option: serviceBusRuleId is kept only for backward compatibility. Source: REST spec Microsoft.Insights
// 2021-05-01-preview, SubscriptionDiagnosticSettings.serviceBusRuleId (azure-native 3.28 docs).
/** The inputs that name where a subscription diagnostic setting sends the activity log. */
const destinations = ["workspaceId", "storageAccountId", "eventHubAuthorizationRuleId", "marketplacePartnerId",
    "serviceBusRuleId"] as const;

export default resourcePolicy({
    name: "subscription-activity-log-export",
    description: "Each diagnostic setting of the subscription's activity log sends it somewhere (a Log Analytics " +
        "workspace, storage account, event hub or partner) and exports at least the Administrative, Alert, Policy and " +
        "Security categories.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-3", "LT-5"], cis: ["6.1.1.2"] },
    remediation: "Set workspaceId (or storageAccountId, eventHubAuthorizationRuleId, marketplacePartnerId) on the " +
        "monitor.SubscriptionDiagnosticSetting, and logs with { category: <name>, enabled: true } for Administrative, " +
        "Alert, Policy and Security (or { categoryGroup: \"allLogs\", enabled: true }).",
    messages: {
        noDestination: "The subscription diagnostic setting has no destination, so the activity log goes nowhere: set workspaceId, storageAccountId, eventHubAuthorizationRuleId or marketplacePartnerId.",
        categoriesMissing: "logs does not enable the activity log categories {{categories}}: add { category: <name>, enabled: true } for each, or { categoryGroup: \"allLogs\", enabled: true }.",
    },
    config: {
        categories: option.stringList({
            default: ["Administrative", "Alert", "Policy", "Security"],
            values: categories,
            description: "Activity log categories each subscription diagnostic setting must export (CIS 6.1.1.2 lists " +
                "Administrative, Alert, Policy and Security).",
        }),
    },
    check: {
        subscriptionDiagnosticSetting: (setting, ctx) => {
            // Presence only: an id unknown at preview is still a destination, and reading it would throw.
            if (!destinations.some((d) => d in setting)) {
                ctx.report("noDestination");
            }
            // Default: a category is exported only when logs lists it (or a group holding it) with enabled: true;
            // enabled is required, and there is no default list. Source:
            // https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings (subscription activity
            // log categories: https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log-schema).
            const logs = listOf(setting.logs);
            if (anyOf(logs, (l) => sameText(l?.categoryGroup, "allLogs") && l?.enabled === true)) {
                return;
            }
            const missing: string[] = [];
            ctx.each(ctx.config.categories, (category) => {
                if (!anyOf(logs, (l) => sameText(l?.category, category) && l?.enabled === true)) {
                    missing.push(category);
                }
            });
            if (missing.length > 0) {
                ctx.report("categoriesMissing", { categories: missing });
            }
        },
    },
});
