import { resourcePolicy } from "../../lib/kit";

/** From this Key Vault API version on, a vault created without enableRbacAuthorization uses Azure RBAC. */
const rbacByDefaultFrom = "20260201";

/** The API version a versioned type token names ("azure-native:keyvault/v20260201:Vault" gives "20260201"). */
const apiVersionOf = (token: string) => /\/v(\d{8})/.exec(token)?.[1];

export default resourcePolicy({
    name: "keyvault-rbac-authorization",
    description: "Key vaults authorize data access with Azure RBAC, not vault access policies.",
    area: "identity-and-access",
    severity: "medium",
    frameworks: { mcsb: ["PA-7"], cis: ["8.3.6"], azurePolicy: ["12d4fa5e-1f9f-4c21-97a9-b99b3c6611b5"] },
    remediation: "Set properties.enableRbacAuthorization to true and grant Key Vault data roles (e.g. Key Vault " +
        "Secrets User) instead of accessPolicies. Unset means false up to API 2024-11-01 (azure-native 3.28's version, " +
        "whose SDK fills false in); from API 2026-02-01 a vault created without it uses Azure RBAC.",
    noFix: "a vault switched to RBAC ignores its access policies, so every identity granted through them loses access",
    messages: {
        rbacAuthorizationOff: "properties.enableRbacAuthorization is not true (unset means false before API 2026-02-01), so vault access policies decide data access, outside Azure RBAC and PIM: set it to true.",
    },
    check: {
        keyVault: (vault, ctx) => {
            const enabled = vault.properties?.enableRbacAuthorization;
            if (enabled === true) {
                return;
            }
            // Default: false up to API 2024-11-01 (REST spec Microsoft.KeyVault 2024-11-01; azure-native 3.28 fills it
            // in: vaultPropertiesArgsProvideDefaults); true for vaults created with API 2026-02-01 or later. Source:
            // https://learn.microsoft.com/azure/key-vault/general/access-control-default (the new default applies on
            // create only: an existing vault updated under such a token keeps its model, which its inputs cannot tell).
            const version = apiVersionOf(ctx.token);
            if ((enabled === undefined || enabled === null) && version !== undefined && version >= rbacByDefaultFrom) {
                return;
            }
            ctx.report("rbacAuthorizationOff");
        },
    },
});
