import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "keyvault-secret-expiration",
    description: "Key Vault secrets have an expiration date, so they are rotated rather than valid forever.",
    area: "compliance",
    severity: "medium",
    frameworks: {
        mcsb: ["DP-6"], cis: ["8.3.3", "8.3.4"],
        azurePolicy: [
            { id: "98728c90-32c7-4049-8429-847dc0f4fe37", partial: "checks the secrets a program declares " +
                "(keyvault.Secret); the definition audits every secret in the vault, however it was made" },
        ],
    },
    remediation: "Set properties.attributes.expires (seconds since 1970-01-01T00:00:00Z) on the keyvault.Secret and " +
        "rotate the secret before then. Unset means the secret never expires.",
    messages: {
        noExpiry: "properties.attributes.expires is not set, so the secret never expires: set an expiry date and rotate it before then.",
    },
    check: {
        keyVaultSecret: (secret, ctx) => {
            // Only the attributes are read, never properties.value.
            // Default: without exp the secret never expires. Source:
            // https://learn.microsoft.com/azure/key-vault/general/about-keys-secrets-certificates (exp optional,
            // default forever).
            const expires = secret.properties?.attributes?.expires;
            if (expires === undefined || expires === null) {
                ctx.report("noExpiry");
            }
        },
    },
});
