import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "apim-named-value-key-vault",
    description: "API Management secret named values are references to Key Vault secrets, not values stored in API Management.",
    area: "identity-and-access",
    severity: "medium",
    frameworks: { mcsb: ["IM-8", "DP-6"], azurePolicy: ["f1cc7827-022c-473e-836e-5a51cae0b249"] },
    remediation: "Keep the secret in Key Vault and set keyVault.secretIdentifier (with identityClientId for a user-assigned " +
        "identity) instead of value; give the service's managed identity read access to the secret.",
    messages: {
        secretNotInKeyVault: "secret is true but keyVault.secretIdentifier is unset, so the secret is stored in API Management, outside Key Vault's access control, rotation and audit: reference a Key Vault secret through keyVault.secretIdentifier.",
    },
    check: {
        apiManagementNamedValue: (namedValue, ctx) => {
            // Default: unset secret is false (a plain value, not a secret). Source: REST spec Microsoft.ApiManagement
            // 2024-05-01, NamedValueCreateContractProperties.secret ("Default value is false").
            if (namedValue.secret !== true) {
                return;
            }
            const id = namedValue.keyVault?.secretIdentifier;
            if (typeof id !== "string" || id.trim() === "") {
                ctx.report("secretNotInKeyVault");
            }
        },
    },
});
