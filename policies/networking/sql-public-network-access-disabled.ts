import { allowSecuredByPerimeter, publicAccessProblem, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "sql-public-network-access-disabled",
    description: "Azure SQL logical servers disable public network access and are reached through private endpoints.",
    area: "networking",
    severity: "high",
    frameworks: {
        mcsb: ["NS-2"],
        azurePolicy: ["1b8ca024-1d5c-4dec-8995-b1a932b41780"],
    },
    remediation: "Set publicNetworkAccess to Disabled and connect through a private endpoint " +
        "(network.PrivateEndpoint with groupIds [\"sqlServer\"]). publicNetworkAccess defaults to Enabled. " +
        "SecuredByPerimeter (a network security perimeter decides public access, denying by default) is flagged " +
        "too, as Azure Policy's MCSB definition flags every value but Disabled; set allowSecuredByPerimeter to " +
        "accept it.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is not Disabled (unset means Enabled), so the server has a public endpoint: set publicNetworkAccess to Disabled and use a private endpoint.",
        perimeterNotAccepted: "publicNetworkAccess leaves public access to a network security perimeter, which this policy does not accept at its config: set publicNetworkAccess to Disabled, or set the option allowSecuredByPerimeter.",
    },
    config: {
        allowSecuredByPerimeter,
    },
    check: {
        sqlServer: (server, ctx) => {
            // Default: unset is taken as Enabled in the Resource Manager API (unconfirmed: REST spec Microsoft.Sql
            // 2023-08-01 gives no default; https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings
            // names Disable as the portal's default only).
            const problem = publicAccessProblem(server.publicNetworkAccess, ctx.config.allowSecuredByPerimeter);
            if (problem) {
                ctx.report(problem);
            }
        },
    },
});
