import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "automation-account-local-auth-disabled",
    description: "Automation accounts refuse non-Entra authentication (webhooks and agent registration keys), so " +
        "callers authenticate with Microsoft Entra ID.",
    area: "identity-and-access",
    severity: "medium",
    frameworks: { mcsb: ["IM-1"] },
    remediation: "Set disableLocalAuth to true, start runbooks through Entra-authenticated calls (or Event Grid and " +
        "Logic Apps with managed identities) instead of webhooks, and use extension-based Hybrid Runbook Workers. " +
        "Unset means false: local authentication keeps working.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        localAuthEnabled: "disableLocalAuth is not true (unset means false), so webhook URLs and agent registration keys reach the account outside Entra ID: set it to true.",
    },
    check: {
        automationAccount: (account, ctx) => {
            // Default: unset disableLocalAuth is false (webhooks and key-based agent registration work). Source:
            // https://learn.microsoft.com/azure/automation/disable-local-authentication
            if (account.disableLocalAuth !== true) {
                ctx.report("localAuthEnabled");
            }
        },
    },
});
