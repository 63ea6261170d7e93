import { inputOnly, listOf, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "keyvault-key-rotation",
    description: "Key Vault keys rotate automatically: their rotation policy has a rotate lifetime action.",
    area: "data-protection",
    // Low: a key without automatic rotation can still be rotated by hand; keyvault-key-expiration bounds its life.
    severity: "low",
    frameworks: { mcsb: ["DP-6"], cis: ["8.3.9"] },
    remediation: "Set properties.rotationPolicy on the keyvault.Key with a lifetimeActions entry whose action.type is " +
        "rotate and whose trigger is timeAfterCreate or timeBeforeExpiry (ISO 8601 durations such as P90D), and " +
        "attributes.expiryTime for the new versions. Unset means the key never rotates on its own.",
    messages: {
        noRotationPolicy: "properties.rotationPolicy is not set, so the key never rotates on its own: add a rotation policy with a rotate lifetime action.",
        noRotateAction: "properties.rotationPolicy has no lifetime action of type rotate (a notification action only reminds): add one with a timeAfterCreate or timeBeforeExpiry trigger.",
    },
    check: {
        keyVaultKey: (key, ctx) => {
            // Default: a key has no rotation policy, so Key Vault never rotates it; a policy with only a notify action
            // sends an Event Grid notice and rotates nothing. Source:
            // https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation (rotation policy, Rotate
            // and Notify actions) and REST spec Microsoft.KeyVault 2024-11-01, RotationPolicy (optional).
            // Azure returns the key's properties flattened (rotationPolicy at the top), so outputs without properties
            // cannot be decided here.
            const policy = inputOnly(key, key.properties, "properties")?.rotationPolicy;
            if (policy === undefined || policy === null) {
                ctx.report("noRotationPolicy");
                return;
            }
            const actions = listOf(policy.lifetimeActions);
            if (!actions.some((a) => sameText(a?.action?.type, "rotate"))) {
                ctx.report("noRotateAction");
            }
        },
    },
});
