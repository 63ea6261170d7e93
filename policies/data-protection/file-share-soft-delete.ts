import { option, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "file-share-soft-delete",
    description: "File services keep deleted file shares recoverable (share soft delete) for at least the configured " +
        "minimumDays (default 7).",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["BR-1"], cis: ["9.1.1"] },
    remediation: "On storage.FileServiceProperties leave shareDeleteRetentionPolicy unset (new accounts keep deleted " +
        "shares for 7 days), or set it to { enabled: true, days: N } with N at least the configured minimumDays " +
        "(default 7).",
    messages: {
        shareSoftDeleteOff: "shareDeleteRetentionPolicy is not enabled, so a deleted file share and its snapshots are gone at once: set enabled: true and days to at least {{config.minimumDays}}.",
        shareRetentionShort: "shareDeleteRetentionPolicy keeps deleted file shares for fewer than {{config.minimumDays}} days: set days to at least {{config.minimumDays}}.",
    },
    config: {
        minimumDays: option.integer({
            default: 7, minimum: 1, maximum: 365,
            description: "The shortest acceptable soft-delete retention for file shares, in days.",
        }),
    },
    // Turns soft delete back on, and raises its days to the minimum where they are unset or fewer (never lowers them).
    fix: {
        fileServiceProperties: (service, config) => {
            const days = service.shareDeleteRetentionPolicy?.days;
            return [
                { path: "shareDeleteRetentionPolicy.enabled", value: true },
                ...(typeof days !== "number" || days < config.minimumDays
                    ? [{ path: "shareDeleteRetentionPolicy.days", value: config.minimumDays }] : []),
            ];
        },
    },
    check: {
        fileServiceProperties: (service, ctx) => {
            // Default: new storage accounts have share soft delete on, with a 7-day retention; a PUT of the file
            // service without shareDeleteRetentionPolicy leaves it as it is. Source:
            // https://learn.microsoft.com/azure/storage/files/storage-files-prevent-file-share-deletion ("New storage
            // accounts have soft delete enabled by default"; "By default, the retention period ... is 7 days").
            const retention = service.shareDeleteRetentionPolicy;
            if (retention === undefined || retention === null) {
                return;
            }
            // A policy given without enabled: true turns soft delete off.
            if (retention.enabled !== true) {
                ctx.report("shareSoftDeleteOff");
            } else if (typeof retention.days === "number" && retention.days < ctx.config.minimumDays) {
                // Unset days with enabled: true is left to the API, which validates the retention itself.
                ctx.report("shareRetentionShort");
            }
        },
    },
});
