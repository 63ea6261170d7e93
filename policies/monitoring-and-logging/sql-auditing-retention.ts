import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";
import { sameText } from "../../lib/kit/values";

export default resourcePolicy({
    name: "sql-auditing-retention",
    description: "SQL server auditing to a storage account keeps audit records at least the configured number of " +
        "days (default 90), or indefinitely.",
    area: "monitoring-and-logging",
    severity: "low",
    frameworks: { mcsb: ["LT-6"] },
    remediation: "Leave retentionDays unset or 0 (audit records are kept indefinitely), or set it to minimumDays or more.",
    config: {
        minimumDays: {
            type: "integer", minimum: 1, default: 90,
            description: "The fewest days audit records written to storage may be kept (0, indefinitely, always passes).",
        },
    },
    resources: [catalog.sqlServerBlobAuditingPolicy, catalog.sqlExtendedServerBlobAuditingPolicy],
    check: (auditing, ctx) => {
        const { minimumDays } = ctx.config as { minimumDays: number };
        // Retention applies to the storage destination only; presence is enough (the endpoint is often unknown at preview).
        if (!sameText(auditing.state, "Enabled") || !("storageEndpoint" in auditing)) {
            return;
        }
        const days = auditing.retentionDays ?? 0;
        if (days > 0 && days < minimumDays) {
            ctx.report(`retentionDays deletes audit records from storage after fewer than ${minimumDays} days: set ` +
                `it to ${minimumDays} or more, or to 0 to keep them indefinitely.`);
        }
    },
});
