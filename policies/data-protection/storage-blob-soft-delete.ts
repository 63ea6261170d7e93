import { option, readKnown, resourcePolicy } from "../../lib/kit";

/** Where each soft delete lives, and its messages (one per kind of item, as the wording names the items). */
const retentions = [
    { input: "deleteRetentionPolicy", off: "blobSoftDeleteOff", short: "blobRetentionShort" },
    { input: "containerDeleteRetentionPolicy", off: "containerSoftDeleteOff", short: "containerRetentionShort" },
] as const;

/**
 * One policy for blob and container soft delete: both live on the same BlobServiceProperties resource, recover
 * from the same mistake (a deletion), and are fixed in the same place, so each gets its own message instead.
 */
export default resourcePolicy({
    name: "storage-blob-soft-delete",
    description: "Blob services keep deleted blobs and deleted containers recoverable (soft delete) for at least " +
        "the configured minimumDays (default 7).",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["BR-1"], cis: ["9.2.1", "9.2.2"] },
    remediation: "On storage.BlobServiceProperties set deleteRetentionPolicy and containerDeleteRetentionPolicy " +
        "to { enabled: true, days: N } with N at least the configured minimumDays (default 7). Unset means off: " +
        "the API enables neither by default.",
    messages: {
        blobSoftDeleteOff: "deleteRetentionPolicy is not enabled, so deleted blobs cannot be recovered: set enabled: true and days to at least {{config.minimumDays}}.",
        blobRetentionShort: "deleteRetentionPolicy keeps deleted blobs for fewer than {{config.minimumDays}} days: set days to at least {{config.minimumDays}}.",
        containerSoftDeleteOff: "containerDeleteRetentionPolicy is not enabled, so deleted containers cannot be recovered: set enabled: true and days to at least {{config.minimumDays}}.",
        containerRetentionShort: "containerDeleteRetentionPolicy keeps deleted containers for fewer than {{config.minimumDays}} days: set days to at least {{config.minimumDays}}.",
    },
    config: {
        minimumDays: option.integer({
            default: 7, minimum: 1, maximum: 365,
            description: "The shortest acceptable soft-delete retention, in days, for blobs and containers.",
        }),
    },
    // Turns each soft delete on, and raises its days to the minimum where they are unset or fewer (never lowers them).
    fix: {
        // One at a time, as the check: a retention still unknown at preview is left to the engine.
        blobServiceProperties: (service, config) => retentions.flatMap(({ input }) => readKnown(() => {
            const retention = service[input];
            const off = retention?.enabled !== true;
            // Days set and enough stay; unset days on a policy that is on are the API's to default.
            const shortDays = typeof retention?.days === "number" ? retention.days < config.minimumDays : off;
            return [
                ...(off ? [{ path: `${input}.enabled`, value: true }] : []),
                ...(shortDays ? [{ path: `${input}.days`, value: config.minimumDays }] : []),
            ];
        }) ?? []),
    },
    check: {
        blobServiceProperties: (service, ctx) => {
            const { minimumDays } = ctx.config;
            // One at a time, so a retention still unknown at preview does not hide a problem with the other.
            ctx.each(retentions, ({ input, off, short }) => {
                // Default: both soft deletes are off unless enabled; only the portal turns them on for new accounts.
                // Source: https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-enable (portal default) and
                // REST spec Microsoft.Storage 2024-01-01, DeleteRetentionPolicy (no default).
                const retention = service[input];
                if (retention?.enabled !== true) {
                    ctx.report(off);
                } else if (typeof retention.days === "number" && retention.days < minimumDays) {
                    // Unset days with enabled: true is left to the API, which validates the retention itself.
                    ctx.report(short);
                }
            });
        },
    },
});
