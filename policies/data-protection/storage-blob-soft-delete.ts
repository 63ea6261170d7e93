import { catalog } from "../../lib/kit/model";
import type { BlobServicePropertiesArgs } from "@pulumi/azure-native/storage";
import { resourcePolicy } from "../../lib/kit/policy";

/**
 * One policy for blob and container soft delete: both live on the same BlobServiceProperties resource, recover
 * from the same mistake (a deletion), and are fixed in the same place, so each gets its own message instead.
 */
export default resourcePolicy<BlobServicePropertiesArgs, { minimumDays: number }>({
    name: "storage-blob-soft-delete",
    description: "Blob services keep deleted blobs and deleted containers recoverable (soft delete) for at least " +
        "the configured minimumDays (default 7).",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["BR-1"] },
    remediation: "On storage.BlobServiceProperties set deleteRetentionPolicy and containerDeleteRetentionPolicy " +
        "to { enabled: true, days: N } with N at least the configured minimumDays (default 7). Unset means off: " +
        "the API enables neither by default.",
    config: {
        minimumDays: {
            type: "integer", minimum: 1, maximum: 365, default: 7,
            description: "The shortest acceptable soft-delete retention, in days, for blobs and containers.",
        },
    },
    resources: [catalog.blobServiceProperties],
    check: (service, ctx) => {
        const { minimumDays } = ctx.config;
        const retentions = [
            { input: "deleteRetentionPolicy", items: "blobs" },
            { input: "containerDeleteRetentionPolicy", items: "containers" },
        ] as const;
        // One at a time, so a retention still unknown at preview does not hide a problem with the other.
        ctx.each(retentions, ({ input, items }) => {
            const retention = service[input];
            if (retention?.enabled !== true) {
                ctx.report(`${input} is not enabled, so deleted ${items} cannot be recovered: set enabled: true ` +
                    `and days to at least ${minimumDays}.`);
            } else if (typeof retention.days === "number" && retention.days < minimumDays) {
                // Unset days with enabled: true is left to the API, which validates the retention itself.
                ctx.report(`${input} keeps deleted ${items} for fewer than ${minimumDays} days: set days to at ` +
                    `least ${minimumDays}.`);
            }
        });
    },
});
