import { NamedValue } from "@pulumi/azure-native/apimanagement";
import policy from "../../../policies/identity-and-access/apim-named-value-key-vault";
import { resource, testResourcePolicy, unknown } from "../../tester";

type NamedValueArgs = ConstructorParameters<typeof NamedValue>[1];
const namedValue = (args: Partial<NamedValueArgs>) => resource(NamedValue, {
    resourceGroupName: "rg", serviceName: "apim", namedValueId: "orders-key", displayName: "orders-key", ...args,
});
const secretIdentifier = "https://contoso-kv.vault.azure.net/secrets/orders-key";

testResourcePolicy(policy, {
    valid: [
        { name: "secret in Key Vault", resource: namedValue({ secret: true, keyVault: { secretIdentifier } }) },
        { name: "plain value, not a secret", resource: namedValue({ value: "eu-west", tags: ["region"] }) },
        { name: "explicitly not a secret", resource: namedValue({ secret: false, value: "eu-west" }) },
    ],
    invalid: [
        { name: "secret stored in API Management", resource: namedValue({ secret: true, value: "s3cr3t-value" }), messages: ["secretNotInKeyVault"] },
        {
            name: "Key Vault reference without a secret identifier",
            resource: namedValue({ secret: true, keyVault: { identityClientId: "00000000-0000-0000-0000-000000000000" } }),
            messages: ["secretNotInKeyVault"],
        },
    ],
    undecided: [
        { name: "secret flag from config not yet known", resource: namedValue({ secret: unknown(), value: "x" }) },
{ name: "secret in Key Vault, URI from another resource", resource: namedValue({ secret: true, keyVault: { secretIdentifier: unknown() } }) },
        { name: "Key Vault settings from another resource", resource: namedValue({ secret: true, keyVault: unknown() }) },
    ],
});
