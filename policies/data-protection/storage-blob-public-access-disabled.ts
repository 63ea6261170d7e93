import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-blob-public-access-disabled",
    description: "Storage accounts do not allow anonymous (public) read access to blobs or containers.",
    area: "data-protection",
    // High, not critical: the account setting only permits anonymous access; a container must also opt in.
    severity: "high",
    frameworks: { mcsb: ["NS-2"], cis: ["9.3.8"], azurePolicy: ["4fa4b6c0-31ca-4c0d-b10d-24b96f62a751"] },
    remediation: "Set allowBlobPublicAccess to false, or leave it unset: it defaults to false for API 2024-01-01. " +
        "Share data with SAS tokens or Entra ID roles instead.",
    messages: {
        publicAccessAllowed: "allowBlobPublicAccess is true, so containers can be opened to anonymous readers: set it to false.",
    },
    fix: { storageAccount: [{ path: "allowBlobPublicAccess", value: false }] },
    check: {
        storageAccount: (account, ctx) => {
            // Default: unset allowBlobPublicAccess is false. Source: REST spec Microsoft.Storage 2024-01-01,
            // StorageAccountPropertiesCreateParameters.allowBlobPublicAccess ("The default interpretation is false").
            if (account.allowBlobPublicAccess === true) {
                ctx.report("publicAccessAllowed");
            }
        },
    },
});
