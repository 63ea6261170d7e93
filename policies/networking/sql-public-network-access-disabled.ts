import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "sql-public-network-access-disabled",
    description: "Azure SQL logical servers disable public network access and are reached through private endpoints.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set publicNetworkAccess to Disabled and connect through a private endpoint " +
        "(network.PrivateEndpoint with groupIds [\"sqlServer\"]). publicNetworkAccess defaults to Enabled.",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is not Disabled (unset means Enabled), so the server has a public endpoint: set publicNetworkAccess to Disabled and use a private endpoint.",
    },
    check: {
        sqlServer: (server, ctx) => {
            // Unset means Enabled in the Resource Manager API (the portal's "Disable" default is the portal's own).
            // SecuredByPerimeter hands public access to a network security perimeter, which denies by default.
            const access = server.publicNetworkAccess;
            if (!sameText(access, "Disabled") && !sameText(access, "SecuredByPerimeter")) {
                ctx.report("publicAccessEnabled");
            }
        },
    },
});
