import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "cosmosdb-public-network-access-disabled",
    description: "Cosmos DB accounts disable public network access and are reached through private endpoints.",
    area: "networking",
    severity: "high",
    frameworks: {
        mcsb: ["NS-2"],
        azurePolicy: [
            "862e97cf-49fc-4a5c-9de4-40d4e2e7c8eb",
            { id: "797b37f7-06b8-444c-b1ad-fc62867f335a", partial: "also passes publicNetworkAccess " +
                "SecuredByPerimeter, which the definition flags" },
        ],
    },
    remediation: "Set publicNetworkAccess to Disabled and connect through private endpoints. IP rules " +
        "(ipRules) and virtual network filters narrow a public endpoint but do not satisfy this policy. publicNetworkAccess defaults to Enabled.",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is not Disabled (unset means Enabled), so the account has a public endpoint: set publicNetworkAccess to Disabled and use private endpoints.",
    },
    check: {
        cosmosDbAccount: (account, ctx) => {
            // Default: unset publicNetworkAccess is Enabled. Source:
            // https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall (an account accepts requests from
            // the internet until restricted). Only the public endpoint switch is judged here, as in Azure Policy's MCSB
            // check;
            // SecuredByPerimeter hands public access to a network security perimeter, which denies by default.
            const access = account.publicNetworkAccess;
            if (!sameText(access, "Disabled") && !sameText(access, "SecuredByPerimeter")) {
                ctx.report("publicAccessEnabled");
            }
        },
    },
});
