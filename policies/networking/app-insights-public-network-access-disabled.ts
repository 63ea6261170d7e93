import { option, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "app-insights-public-network-access-disabled",
    description: "Application Insights components can be queried only through an Azure Monitor Private Link Scope, " +
        "not from public networks.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Add the component to an Azure Monitor Private Link Scope with a private endpoint and set " +
        "publicNetworkAccessForQuery to Disabled (and publicNetworkAccessForIngestion too, when every sender is on a " +
        "private network). Both default to Enabled.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicQueryEnabled: "publicNetworkAccessForQuery is not Disabled (unset means Enabled), so the component's telemetry can be queried from any network: set it to Disabled and query through an Azure Monitor Private Link Scope.",
        publicIngestionEnabled: "publicNetworkAccessForIngestion is not Disabled (unset means Enabled), and this policy's config requires private ingestion: set it to Disabled and send telemetry through an Azure Monitor Private Link Scope.",
    },
    config: {
        requireIngestionDisabled: option.boolean({
            default: false,
            description: "Also require publicNetworkAccessForIngestion Disabled. Off by default: browsers, mobile " +
                "apps and agents outside the organization's networks send telemetry over the Internet, so public " +
                "ingestion is often intended (disableLocalAuth, in app-insights-local-auth-disabled, guards it).",
        }),
    },
    check: {
        applicationInsights: (component, ctx) => {
            // Default: both unset mean Enabled. Source: REST spec Microsoft.Insights 2020-02-02,
            // ApplicationInsightsComponentProperties publicNetworkAccessForIngestion / ForQuery (default "Enabled");
            // https://learn.microsoft.com/azure/azure-monitor/logs/private-link-design
            if (!sameText(component.publicNetworkAccessForQuery, "Disabled")) {
                ctx.report("publicQueryEnabled");
            }
            if (ctx.config.requireIngestionDisabled && !sameText(component.publicNetworkAccessForIngestion, "Disabled")) {
                ctx.report("publicIngestionEnabled");
            }
        },
    },
});
