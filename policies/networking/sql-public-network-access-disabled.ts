import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "sql-public-network-access-disabled",
    description: "Azure SQL logical servers disable public network access and are reached through private endpoints.",
    area: "networking",
    severity: "high",
    frameworks: {
        mcsb: ["NS-2"],
        azurePolicy: [
            { id: "1b8ca024-1d5c-4dec-8995-b1a932b41780", partial: "also passes publicNetworkAccess " +
                "SecuredByPerimeter, which the definition flags" },
        ],
    },
    remediation: "Set publicNetworkAccess to Disabled and connect through a private endpoint " +
        "(network.PrivateEndpoint with groupIds [\"sqlServer\"]). publicNetworkAccess defaults to Enabled.",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is not Disabled (unset means Enabled), so the server has a public endpoint: set publicNetworkAccess to Disabled and use a private endpoint.",
    },
    check: {
        sqlServer: (server, ctx) => {
            // Default: unset is taken as Enabled in the Resource Manager API (unconfirmed: REST spec Microsoft.Sql
            // 2023-08-01 gives no default; https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings
            // names Disable as the portal's default only).
            // SecuredByPerimeter hands public access to a network security perimeter, which denies by default.
            const access = server.publicNetworkAccess;
            if (!sameText(access, "Disabled") && !sameText(access, "SecuredByPerimeter")) {
                ctx.report("publicAccessEnabled");
            }
        },
    },
});
