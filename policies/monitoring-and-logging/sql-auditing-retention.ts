import { option, PropsOf, resourcePolicy, sameText } from "../../lib/kit";

/** What both server auditing policy types share, as far as retention goes. */
type Auditing = Pick<PropsOf<"sqlServerBlobAuditingPolicy">, "state" | "storageEndpoint" | "retentionDays">;

/** Does the policy delete audit records from storage sooner than `minimumDays`? */
function keepsTooFewDays(auditing: Auditing, minimumDays: number): boolean {
    // Retention applies to the storage destination only; presence is enough (the endpoint is often unknown at preview).
    if (!sameText(auditing.state, "Enabled") || !("storageEndpoint" in auditing)) {
        return false;
    }
    // Default: unset or 0 retentionDays keeps audit records without limit. Source:
    // https://learn.microsoft.com/azure/azure-sql/database/auditing-overview (retention 0 means unlimited).
    const days = auditing.retentionDays ?? 0;
    return days > 0 && days < minimumDays;
}

export default resourcePolicy({
    name: "sql-auditing-retention",
    description: "SQL server auditing to a storage account keeps audit records at least the configured number of " +
        "days (default 90), or indefinitely.",
    area: "monitoring-and-logging",
    severity: "low",
    frameworks: { mcsb: ["LT-6"], azurePolicy: ["89099bee-89e0-4b26-a5f4-165451757743"] },
    remediation: "Leave retentionDays unset or 0 (audit records are kept indefinitely), or set it to minimumDays or more.",
    messages: {
        retentionTooShort: "retentionDays deletes audit records from storage after fewer than {{config.minimumDays}} days: set it to {{config.minimumDays}} or more, or to 0 to keep them indefinitely.",
    },
    config: {
        minimumDays: option.integer({
            default: 90,
            minimum: 1,
            description: "The fewest days audit records written to storage may be kept (0, indefinitely, always passes).",
        }),
    },
    check: {
        sqlServerBlobAuditingPolicy: (auditing, ctx) => {
            if (keepsTooFewDays(auditing, ctx.config.minimumDays)) {
                ctx.report("retentionTooShort");
            }
        },
        sqlExtendedServerBlobAuditingPolicy: (auditing, ctx) => {
            if (keepsTooFewDays(auditing, ctx.config.minimumDays)) {
                ctx.report("retentionTooShort");
            }
        },
    },
});
