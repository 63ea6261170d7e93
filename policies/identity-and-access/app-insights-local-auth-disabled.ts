import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "app-insights-local-auth-disabled",
    description: "Application Insights components accept only Microsoft Entra-authenticated telemetry, not telemetry " +
        "sent with the instrumentation key alone.",
    area: "identity-and-access",
    // Low: the instrumentation key only lets a holder write telemetry (forged data, false alerts), not read it.
    severity: "low",
    frameworks: { mcsb: ["IM-1"] },
    remediation: "Set disableLocalAuth to true and give the sending identities the Monitoring Metrics Publisher role " +
        "on the component. The JavaScript browser SDK and some auto-instrumentation cannot authenticate with Entra " +
        "ID: components that receive their telemetry have to keep local authentication. Unset means false.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        localAuthEnabled: "disableLocalAuth is not true (unset means false), so anyone holding the connection string can send telemetry, forging data and alerts: set it to true and authenticate senders with Entra ID.",
    },
    check: {
        applicationInsights: (component, ctx) => {
            // Default: unset disableLocalAuth is false (instrumentation-key ingestion works). Source:
            // https://learn.microsoft.com/azure/azure-monitor/app/azure-ad-authentication (local authentication must
            // be opted out of)
            if (component.disableLocalAuth !== true) {
                ctx.report("localAuthEnabled");
            }
        },
    },
});
