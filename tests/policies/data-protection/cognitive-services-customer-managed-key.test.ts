import { Account } from "@pulumi/azure-native/cognitiveservices";
import policy from "../../../policies/data-protection/cognitive-services-customer-managed-key";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "OpenAI", sku: { name: "S0" } };
const keyVaultProperties = { keyVaultUri: "https://contoso-vault.vault.azure.net/", keyName: "ai-cmk", keyVersion: "0123456789abcdef" };

testResourcePolicy(policy, {
    valid: [
        { name: "Key Vault key", resource: resource(Account, { ...base, properties: { encryption: { keySource: "Microsoft.KeyVault", keyVaultProperties } } }) },
        { name: "key source in another case", resource: resource(Account, { ...base, properties: { encryption: { keySource: "microsoft.keyvault", keyVaultProperties } } }) },
        { name: "key source unset: azure-native fills in Microsoft.KeyVault", resource: resource(Account, { ...base, properties: { encryption: { keyVaultProperties } } }) },
        { name: "kind the definition excludes", resource: resource(Account, { ...base, kind: "AIServices" }) },
        { name: "excluded kind in another case", resource: resource(Account, { ...base, kind: "contentsafety" }) },
        { name: "kind excluded by config", resource: resource(Account, base), config: { excludedKinds: ["OpenAI"] } },
    ],
    invalid: [
        { name: "unset: Microsoft-managed keys", resource: resource(Account, base), messages: ["noEncryption"] },
        {
            name: "Microsoft-managed key source",
            resource: resource(Account, { ...base, properties: { encryption: { keySource: "Microsoft.CognitiveServices" } } }),
            messages: ["microsoftManagedKey"],
        },
        { name: "no exclusions configured", resource: resource(Account, { ...base, kind: "AIServices" }), config: { excludedKinds: [] }, messages: ["noEncryption"] },
    ],
    undecided: [
        { name: "kind from another resource", resource: resource(Account, { ...base, kind: unknown() }) },
        { name: "key source from another resource", resource: resource(Account, { ...base, properties: { encryption: { keySource: unknown() } } }) },
    ],
});
