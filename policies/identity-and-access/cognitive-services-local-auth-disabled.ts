import { notTrue } from "../../lib/kit/checks/flags";
import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "cognitive-services-local-auth-disabled",
    description: "Azure AI services (Cognitive Services) accounts refuse API keys, so callers authenticate with Microsoft Entra ID.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-1"] },
    remediation: "Set properties.disableLocalAuth to true and grant Cognitive Services roles to Entra identities. " +
        "Unset means false: API keys keep working.",
    resources: [catalog.cognitiveServicesAccount],
    check: (account, ctx) => {
        const disabled = account.properties?.disableLocalAuth;
        if (disabled !== true) {
            ctx.report(`properties.disableLocalAuth ${notTrue(disabled)}, so API keys grant access outside ` +
                "Entra ID: set it to true.");
        }
    },
});
