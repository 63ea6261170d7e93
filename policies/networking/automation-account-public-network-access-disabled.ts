import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "automation-account-public-network-access-disabled",
    description: "Automation accounts refuse traffic from the public Internet on their webhook and agent endpoints, " +
        "and are reached through private endpoints.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set publicNetworkAccess to false and connect webhooks callers and Hybrid Runbook Workers through a " +
        "private endpoint (network PrivateEndpoint with groupIds Webhook and DSCAndHybridWorker). Unset means true.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is not false (unset means true), so the account's webhook and agent endpoints accept traffic from the Internet: set it to false and use a private endpoint.",
    },
    check: {
        automationAccount: (account, ctx) => {
            // Default: unset publicNetworkAccess is true (public traffic allowed on the non-ARM endpoints). Source:
            // https://learn.microsoft.com/azure/automation/how-to/private-link-security (public access stays on
            // until publicNetworkAccess is set to false)
            if (account.publicNetworkAccess !== false) {
                ctx.report("publicAccessEnabled");
            }
        },
    },
});
