import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "keyvault-rbac-authorization",
    description: "Key vaults authorize data access with Azure RBAC, not vault access policies.",
    area: "identity-and-access",
    severity: "medium",
    frameworks: { mcsb: ["PA-7"] },
    remediation: "Set properties.enableRbacAuthorization to true and grant Key Vault data roles (e.g. Key Vault " +
        "Secrets User) instead of accessPolicies. Unset means false for API 2024-11-01.",
    messages: {
        rbacAuthorizationOff: "properties.enableRbacAuthorization is not true (unset means false), so vault access policies decide data access, outside Azure RBAC and PIM: set it to true.",
    },
    check: {
        keyVault: (vault, ctx) => {
            // The SDK fills in false when unset (vaultPropertiesArgsProvideDefaults), matching the API's default.
            if (vault.properties?.enableRbacAuthorization !== true) {
                ctx.report("rbacAuthorizationOff");
            }
        },
    },
});
