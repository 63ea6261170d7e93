import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-blob-versioning",
    description: "Blob services keep previous versions of blobs (blob versioning), so overwritten or deleted data can be restored.",
    area: "data-protection",
    // Low: soft delete (storage-blob-soft-delete) already covers deletions; versioning adds overwrites, at a storage cost.
    severity: "low",
    frameworks: { mcsb: ["BR-1"], cis: ["9.2.3"] },
    remediation: "Set isVersioningEnabled to true on the storage.BlobServiceProperties, and consider a lifecycle " +
        "management rule that deletes old versions. Unset means off. Accounts with a hierarchical namespace " +
        "(Data Lake Storage) may not offer versioning; leave this policy off for them.",
    messages: {
        versioningOff: "isVersioningEnabled is not true (unset means off), so an overwritten or deleted blob's earlier content is lost: set isVersioningEnabled to true.",
    },
    fix: { blobServiceProperties: [{ path: "isVersioningEnabled", value: true }] },
    check: {
        blobServiceProperties: (service, ctx) => {
            // Default: blob versioning is off until enabled. Source:
            // https://learn.microsoft.com/azure/storage/blobs/versioning-enable (opt-in) and REST spec Microsoft.Storage
            // 2024-01-01, BlobServicePropertiesProperties.isVersioningEnabled (no default).
            if (service.isVersioningEnabled !== true) {
                ctx.report("versioningOff");
            }
        },
    },
});
