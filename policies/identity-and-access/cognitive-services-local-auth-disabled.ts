import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "cognitive-services-local-auth-disabled",
    description: "Azure AI services (Cognitive Services) accounts and Azure AI Search services refuse API keys, so " +
        "callers authenticate with Microsoft Entra ID.",
    area: "identity-and-access",
    severity: "high",
    frameworks: {
        mcsb: ["IM-1"],
        azurePolicy: ["71ef260a-8f18-47b7-abcb-62d0673d94dc"],
    },
    remediation: "On an AI services account, set properties.disableLocalAuth to true and grant Cognitive Services " +
        "roles to Entra identities; on an AI Search service, set disableLocalAuth to true (and leave authOptions " +
        "unset) and grant Search roles. Unset means false: API keys keep working.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        localAuthEnabled: "properties.disableLocalAuth is not true (unset means false), so API keys grant access outside Entra ID: set it to true.",
        searchLocalAuthEnabled: "disableLocalAuth is not true (unset means false), so API keys grant access to the search service outside Entra ID: set it to true.",
    },
    check: {
        cognitiveServicesAccount: (account, ctx) => {
            // Default: unset disableLocalAuth is false (keys work). Source:
            // https://learn.microsoft.com/azure/ai-services/disable-local-auth
            if (account.properties?.disableLocalAuth !== true) {
                ctx.report("localAuthEnabled");
            }
        },
        searchService: (service, ctx) => {
            // Default: unset disableLocalAuth is false (API keys work). Source:
            // https://learn.microsoft.com/azure/search/search-security-enable-roles (key-based authentication is the
            // default; roles only, through disableLocalAuth, is opt-in).
            if (service.disableLocalAuth !== true) {
                ctx.report("searchLocalAuthEnabled");
            }
        },
    },
});
