import { anyOf, resourcePolicy } from "../../lib/kit";

// Retired option: serviceBusRuleId is kept only for backward compatibility. Source: REST spec Microsoft.Insights
// 2021-05-01-preview, DiagnosticSettings.serviceBusRuleId (azure-native 3.28 docs).
/** The inputs that name where a diagnostic setting sends data; serviceBusRuleId is the legacy Event Hubs one. */
const destinations = ["workspaceId", "storageAccountId", "eventHubAuthorizationRuleId", "marketplacePartnerId",
    "serviceBusRuleId"] as const;

export default resourcePolicy({
    name: "diagnostic-setting-has-destination",
    description: "Every diagnostic setting sends its data somewhere (a Log Analytics workspace, storage account, " +
        "event hub or partner) and enables at least one log or metric category.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-3"] },
    remediation: "Set workspaceId (or storageAccountId, eventHubAuthorizationRuleId, marketplacePartnerId) on the " +
        "DiagnosticSetting, and enable a category: logs: [{ categoryGroup: \"allLogs\", enabled: true }], or a " +
        "metrics entry for resources that only have metrics.",
    messages: {
        noDestination: "The diagnostic setting has no destination: set workspaceId, storageAccountId, eventHubAuthorizationRuleId or marketplacePartnerId.",
        noCategoryEnabled: "The diagnostic setting enables no log or metric category, so it collects nothing: add logs: [{ categoryGroup: \"allLogs\", enabled: true }].",
    },
    check: {
        diagnosticSetting: (setting, ctx) => {
            // Presence only: an id unknown at preview is still a destination, and reading it would throw.
            if (!destinations.some((d) => d in setting)) {
                ctx.report("noDestination");
            }
            // Metrics count: some resources (a storage account itself) have no log categories, only metrics.
            const lists = ["logs", "metrics"] as const;
            if (!anyOf(lists, (list) => anyOf(setting[list] ?? [], (c) => c?.enabled === true))) {
                ctx.report("noCategoryEnabled");
            }
        },
    },
});
