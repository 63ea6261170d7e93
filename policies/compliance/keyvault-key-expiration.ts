import { inputOnly, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "keyvault-key-expiration",
    description: "Key Vault keys have an expiration date, so they are rotated rather than used forever.",
    area: "compliance",
    severity: "medium",
    frameworks: {
        // 8.3.1 and 8.3.2 differ only in the vault's permission model, which does not change the key's attributes.
        mcsb: ["DP-6"], cis: ["8.3.1", "8.3.2"],
        azurePolicy: [
            { id: "152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0", partial: "checks the keys a program declares " +
                "(keyvault.Key); the definition audits every key in the vault, however it was made" },
        ],
    },
    remediation: "Set properties.attributes.expires (seconds since 1970-01-01T00:00:00Z) on the keyvault.Key, and " +
        "rotate the key before then (a properties.rotationPolicy with a rotate action does it for you). Unset means " +
        "the key never expires.",
    messages: {
        noExpiry: "properties.attributes.expires is not set, so the key never expires: set an expiry date and rotate the key before then.",
    },
    check: {
        keyVaultKey: (key, ctx) => {
            // Default: without exp the key never expires. Source:
            // https://learn.microsoft.com/azure/key-vault/keys/about-keys-details (exp is optional; keys without it do
            // not expire) and REST spec Microsoft.KeyVault 2024-11-01, KeyAttributes.exp (optional, no default).
            // rotationPolicy.attributes.expiryTime applies to the versions a rotation creates, not to this one.
            // Azure returns the key's properties flattened (attributes at the top), so outputs without properties
            // cannot be decided here.
            const expires = inputOnly(key, key.properties, "properties")?.attributes?.expires;
            if (expires === undefined || expires === null) {
                ctx.report("noExpiry");
            }
        },
    },
});
