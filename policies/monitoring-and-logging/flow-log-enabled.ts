import { option, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "flow-log-enabled",
    description: "Network Watcher flow logs are enabled and keep their records at least the configured number of " +
        "days (default 90), or indefinitely.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-4", "LT-6"], cis: ["7.5", "7.8"] },
    remediation: "Leave enabled unset or set it to true, and either leave retentionPolicy off (records are kept " +
        "indefinitely) or set retentionPolicy: { enabled: true, days: 0 } (indefinitely) or days >= minimumDays.",
    messages: {
        flowLogDisabled: "enabled is false, so the flow log records no traffic: set it to true.",
        retentionTooShort: "retentionPolicy deletes flow log records after fewer than {{config.minimumDays}} days: set retentionPolicy.days to {{config.minimumDays}} or more, or to 0 to keep them indefinitely.",
    },
    config: {
        minimumDays: option.integer({
            default: 90,
            minimum: 1,
            description: "The fewest days a retention policy may keep flow log records (0, indefinitely, always passes).",
        }),
    },
    // Turns the flow log back on, and raises a retention shorter than the minimum to it (never lowers one).
    fix: {
        flowLog: (flowLog, config) => {
            const retention = flowLog.retentionPolicy;
            const days = retention?.enabled === true ? retention.days ?? 0 : 0;
            return [
                ...(flowLog.enabled === false ? [{ path: "enabled", value: true }] : []),
                ...(days > 0 && days < config.minimumDays ? [{ path: "retentionPolicy.days", value: config.minimumDays }] : []),
            ];
        },
    },
    check: {
        flowLog: (flowLog, ctx) => {
            // Default: unset enabled is taken as on (unconfirmed: REST spec Microsoft.Network 2024-05-01 gives no
            // default).
            // Retired option: NSG flow logs (targetResourceId an NSG) cannot be created since 30 June 2025 and retire
            // on 30 September 2027; VNet flow logs replace them. Source:
            // https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-overview
            if (flowLog.enabled === false) {
                ctx.report("flowLogDisabled");
            }
            // Without an enabled retention policy Azure deletes nothing; days 0 also means "keep forever". Default:
            // retentionPolicy's enabled and days are false and 0 when unset (REST spec Microsoft.Network 2024-05-01,
            // RetentionPolicyParameters; azure-native 3.28 fills them in). Source:
            // https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview
            const retention = flowLog.retentionPolicy;
            const days = retention?.enabled === true ? retention.days ?? 0 : 0;
            if (days > 0 && days < ctx.config.minimumDays) {
                ctx.report("retentionTooShort");
            }
        },
    },
});
