import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-shared-key-access-disabled",
    description: "Storage accounts refuse Shared Key (account key and key-signed SAS) authorization, so every request is authorized with Microsoft Entra ID.",
    area: "identity-and-access",
    severity: "high",
    frameworks: {
        mcsb: ["IM-1"], cis: ["9.3.1.3"],
        azurePolicy: ["8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54", "fd9903f1-38c2-4d36-8e44-5c1c20c561e8"],
    },
    remediation: "Set allowSharedKeyAccess to false and grant access through Entra ID role assignments " +
        "(e.g. Storage Blob Data Reader). Unset means true: Shared Key stays allowed.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        sharedKeyAllowed: "allowSharedKeyAccess is not false (unset means true), so anyone holding an account key or a key-signed SAS bypasses Entra ID: set it to false.",
    },
    check: {
        storageAccount: (account, ctx) => {
            // Default: unset allowSharedKeyAccess is null, which means true, so only an explicit false passes. Source:
            // REST spec Microsoft.Storage 2024-01-01, StorageAccountPropertiesCreateParameters.allowSharedKeyAccess.
            if (account.allowSharedKeyAccess !== false) {
                ctx.report("sharedKeyAllowed");
            }
        },
    },
});
