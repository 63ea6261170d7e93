import type * as mysql from "@pulumi/azure-native/dbformysql";
import type * as postgresql from "@pulumi/azure-native/dbforpostgresql";
import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";
import { sameText } from "../../lib/kit/values";

export default resourcePolicy<postgresql.ServerArgs | mysql.ServerArgs>({
    name: "database-flexible-server-public-access-disabled",
    description: "PostgreSQL and MySQL flexible servers have no public endpoint: they are VNet-integrated or " +
        "disable public network access.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set network.delegatedSubnetResourceId (with a private DNS zone) to integrate the server into a " +
        "virtual network, or set network.publicNetworkAccess to Disabled and use private endpoints. Without a delegated subnet, publicNetworkAccess defaults to Enabled.",
    resources: [catalog.postgresqlFlexibleServer, catalog.mysqlFlexibleServer],
    check: (server, ctx) => {
        const network = server.network;
        // A VNet-integrated server has no public endpoint. The subnet id is usually another resource's output,
        // unknown at preview; its presence alone decides, so it is tested with `in`, without reading it.
        if (network && "delegatedSubnetResourceId" in network) {
            return;
        }
        // Without a delegated subnet the server runs in public access mode: unset means Enabled.
        if (!sameText(network?.publicNetworkAccess, "Disabled")) {
            ctx.report("network.publicNetworkAccess is not Disabled (unset means Enabled) and the server is not " +
                "VNet-integrated: set network.publicNetworkAccess to Disabled or set network.delegatedSubnetResourceId.");
        }
    },
});
