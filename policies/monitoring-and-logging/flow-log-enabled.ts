import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "flow-log-enabled",
    description: "Network Watcher flow logs are enabled and keep their records at least the configured number of " +
        "days (default 90), or indefinitely.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-4", "LT-6"] },
    remediation: "Leave enabled unset or set it to true, and either leave retentionPolicy off (records are kept " +
        "indefinitely) or set retentionPolicy: { enabled: true, days: 0 } (indefinitely) or days >= minimumDays.",
    config: {
        minimumDays: {
            type: "integer", minimum: 1, default: 90,
            description: "The fewest days a retention policy may keep flow log records (0, indefinitely, always passes).",
        },
    },
    resources: [catalog.flowLog],
    check: (flowLog, ctx) => {
        const { minimumDays } = ctx.config as { minimumDays: number };
        if (flowLog.enabled === false) {
            ctx.report("enabled is false, so the flow log records no traffic: set it to true.");
        }
        // Without an enabled retention policy Azure deletes nothing; days 0 also means "keep forever".
        const retention = flowLog.retentionPolicy;
        if (retention?.enabled === true && (retention.days ?? 0) > 0 && retention.days! < minimumDays) {
            ctx.report(`retentionPolicy deletes flow log records after fewer than ${minimumDays} days: set ` +
                `retentionPolicy.days to ${minimumDays} or more, or to 0 to keep them indefinitely.`);
        }
    },
});
