import { type CheckContext, isSettings, type PropsOf, resourcePolicy, sameText } from "../../lib/kit";

const messages = {
    publicAccessEnabled: "network.publicNetworkAccess is not Disabled (unset means Enabled) and the server is not VNet-integrated: set network.publicNetworkAccess to Disabled or set network.delegatedSubnetResourceId.",
} as const;

/** The network settings of a PostgreSQL or MySQL flexible server. */
type Network = PropsOf<"postgresqlFlexibleServer">["network"] | PropsOf<"mysqlFlexibleServer">["network"];

function checkNetwork(network: Network, ctx: CheckContext<typeof messages>): void {
    // A VNet-integrated server has no public endpoint. The subnet id is usually another resource's output,
    // unknown at preview; its presence alone decides, so it is tested with `in`, without reading it.
    if (network && isSettings(network) && "delegatedSubnetResourceId" in network) {
        return;
    }
    // Default: without a delegated subnet the server runs in public access mode, unset publicNetworkAccess means
    // Enabled. Source: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-public and REST
    // spec Microsoft.DBforMySQL 2024-02-01-preview, Network.publicNetworkAccess (Disabled only with VNet integration).
    if (!sameText(network?.publicNetworkAccess, "Disabled")) {
        ctx.report("publicAccessEnabled");
    }
}

export default resourcePolicy({
    name: "database-flexible-server-public-access-disabled",
    description: "PostgreSQL and MySQL flexible servers have no public endpoint: they are VNet-integrated or " +
        "disable public network access.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set network.delegatedSubnetResourceId (with a private DNS zone) to integrate the server into a " +
        "virtual network, or set network.publicNetworkAccess to Disabled and use private endpoints. Without a delegated subnet, publicNetworkAccess defaults to Enabled.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages,
    check: {
        postgresqlFlexibleServer: (server, ctx) => checkNetwork(server.network, ctx),
        mysqlFlexibleServer: (server, ctx) => checkNetwork(server.network, ctx),
    },
});
