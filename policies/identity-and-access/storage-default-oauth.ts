import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-default-oauth",
    description: "Storage accounts default to Microsoft Entra authorization in the Azure portal (defaultToOAuthAuthentication).",
    area: "identity-and-access",
    // Low: it sets which credential the portal tries first; it does not stop key access (storage-shared-key-access-disabled).
    severity: "low",
    frameworks: { mcsb: ["IM-1"], cis: ["9.3.3.1"] },
    remediation: "Set defaultToOAuthAuthentication to true, so the portal uses the user's Entra identity and RBAC " +
        "rather than the account key. Unset means false. An account with allowSharedKeyAccess false passes: the " +
        "portal can only use Entra authorization there.",
    messages: {
        keyAuthByDefault: "defaultToOAuthAuthentication is not true (unset means false), so the portal reads data with the account key, bypassing the user's RBAC roles: set it to true.",
    },
    fix: { storageAccount: [{ path: "defaultToOAuthAuthentication", value: true }] },
    check: {
        storageAccount: (account, ctx) => {
            // Default: unset is false. Source: REST spec Microsoft.Storage 2024-01-01, defaultToOAuthAuthentication ("The
            // default interpretation is false") and
            // https://learn.microsoft.com/azure/storage/blobs/authorize-data-operations-portal (default to Entra
            // authorization). Without shared key access the portal has no key to use.
            if (account.allowSharedKeyAccess === false) {
                return;
            }
            if (account.defaultToOAuthAuthentication !== true) {
                ctx.report("keyAuthByDefault");
            }
        },
    },
});
