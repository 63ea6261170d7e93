import { option, resourcePolicy, sameText } from "../../lib/kit";

// The kinds Azure Policy's MCSB definition 67121cc7 leaves out by default (its parameter excludedKinds).
const definitionExcludedKinds = [
    "CognitiveServices", "ContentSafety", "ImmersiveReader", "HealthInsights", "LUIS.Authoring", "LUIS", "QnAMaker",
    "QnAMaker.V2", "AIServices", "MetricsAdvisor", "SpeechTranslation", "Internal.AllInOne",
    "ConversationalLanguageUnderstanding", "knowledge", "TranscriptionIntelligence", "HealthDecisionSupport",
];

export default resourcePolicy({
    name: "cognitive-services-customer-managed-key",
    description: "Azure AI services (Cognitive Services) accounts encrypt data at rest with a customer-managed key " +
        "held in Key Vault, except the kinds listed in excludedKinds.",
    area: "data-protection",
    // Low: every account is already encrypted at rest with Microsoft-managed keys; this adds key ownership.
    severity: "low",
    frameworks: { mcsb: ["DP-5"], azurePolicy: ["67121cc7-ff39-4ab8-b7e3-95b84dab487d"] },
    remediation: "Set properties.encryption: { keySource: \"Microsoft.KeyVault\", keyVaultProperties: { keyVaultUri, " +
        "keyName, keyVersion, identityClientId } } with an identity that can use the key. Unset properties.encryption " +
        "means Microsoft-managed keys (keySource Microsoft.CognitiveServices); inside properties.encryption, azure-native " +
        "fills in keySource Microsoft.KeyVault when it is unset. Kinds in excludedKinds (by default the ones Azure " +
        "Policy's definition leaves out) are not checked.",
    noFix: "it needs a key in a Key Vault and an identity allowed to use it: other resources, not a property change",
    messages: {
        noEncryption: "properties.encryption is not set, so data at rest is encrypted with Microsoft-managed keys: set properties.encryption.keySource to Microsoft.KeyVault with properties.encryption.keyVaultProperties.",
        microsoftManagedKey: "properties.encryption.keySource is not Microsoft.KeyVault, so data at rest is encrypted with Microsoft-managed keys: set it to Microsoft.KeyVault with properties.encryption.keyVaultProperties.",
    },
    config: {
        excludedKinds: option.stringList({
            default: definitionExcludedKinds,
            description: "Account kinds not checked (compared without case). The default is the list Azure Policy's " +
                "MCSB definition excludes by default.",
        }),
    },
    check: {
        cognitiveServicesAccount: (account, ctx) => {
            const kind = account.kind;
            if (ctx.config.excludedKinds.some((excluded) => sameText(kind, excluded))) {
                return;
            }
            // Default: unset properties.encryption means Microsoft-managed keys. Source:
            // https://learn.microsoft.com/azure/ai-services/encryption/cognitive-services-encryption-keys-portal
            // ("By default, your subscription uses Microsoft-managed encryption keys"). Inside encryption, unset
            // keySource is Microsoft.KeyVault: REST spec Microsoft.CognitiveServices 2025-06-01 Encryption.keySource
            // default, filled in by azure-native 3.28 (encryptionArgsProvideDefaults).
            const encryption = account.properties?.encryption;
            if (!encryption) {
                ctx.report("noEncryption");
            } else if (encryption.keySource !== undefined && !sameText(encryption.keySource, "Microsoft.KeyVault")) {
                ctx.report("microsoftManagedKey");
            }
        },
    },
});
