import { allowSecuredByPerimeter, publicAccessProblem, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "cosmosdb-public-network-access-disabled",
    description: "Cosmos DB accounts disable public network access and are reached through private endpoints.",
    area: "networking",
    severity: "high",
    frameworks: {
        mcsb: ["NS-2"],
        azurePolicy: [
            "862e97cf-49fc-4a5c-9de4-40d4e2e7c8eb",
            "797b37f7-06b8-444c-b1ad-fc62867f335a",
        ],
    },
    remediation: "Set publicNetworkAccess to Disabled and connect through private endpoints. IP rules " +
        "(ipRules) and virtual network filters narrow a public endpoint but do not satisfy this policy. publicNetworkAccess defaults to Enabled. " +
        "SecuredByPerimeter (a network security perimeter decides public access, denying by default) is flagged " +
        "too, as Azure Policy's MCSB definition flags every value but Disabled; set allowSecuredByPerimeter to " +
        "accept it.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is not Disabled (unset means Enabled), so the account has a public endpoint: set publicNetworkAccess to Disabled and use private endpoints.",
        perimeterNotAccepted: "publicNetworkAccess leaves public access to a network security perimeter, which this policy does not accept at its config: set publicNetworkAccess to Disabled, or set the option allowSecuredByPerimeter.",
    },
    config: {
        allowSecuredByPerimeter,
    },
    check: {
        cosmosDbAccount: (account, ctx) => {
            // Default: unset publicNetworkAccess is Enabled. Source:
            // https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall (an account accepts requests from
            // the internet until restricted). Only the public endpoint switch is judged here, as in Azure Policy's MCSB
            // check.
            const problem = publicAccessProblem(account.publicNetworkAccess, ctx.config.allowSecuredByPerimeter);
            if (problem) {
                ctx.report(problem);
            }
        },
    },
});
