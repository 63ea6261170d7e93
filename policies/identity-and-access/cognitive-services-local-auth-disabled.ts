import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "cognitive-services-local-auth-disabled",
    description: "Azure AI services (Cognitive Services) accounts refuse API keys, so callers authenticate with Microsoft Entra ID.",
    area: "identity-and-access",
    severity: "high",
    frameworks: {
        mcsb: ["IM-1"],
        azurePolicy: [
            { id: "71ef260a-8f18-47b7-abcb-62d0673d94dc", partial: "checks AI services (Cognitive Services) " +
                "accounts, not Azure AI Search services" },
        ],
    },
    remediation: "Set properties.disableLocalAuth to true and grant Cognitive Services roles to Entra identities. " +
        "Unset means false: API keys keep working.",
    messages: {
        localAuthEnabled: "properties.disableLocalAuth is not true (unset means false), so API keys grant access outside Entra ID: set it to true.",
    },
    check: {
        cognitiveServicesAccount: (account, ctx) => {
            // Default: unset disableLocalAuth is false (keys work). Source:
            // https://learn.microsoft.com/azure/ai-services/disable-local-auth
            if (account.properties?.disableLocalAuth !== true) {
                ctx.report("localAuthEnabled");
            }
        },
    },
});
