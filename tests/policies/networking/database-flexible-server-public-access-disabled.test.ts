import { Server as MySqlServer } from "@pulumi/azure-native/dbformysql";
import { Server as PostgresServer } from "@pulumi/azure-native/dbforpostgresql";
import policy from "../../../policies/networking/database-flexible-server-public-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "PostgreSQL: public access disabled", resource: resource(PostgresServer, { ...base, network: { publicNetworkAccess: "Disabled" } }) },
        {
            name: "PostgreSQL: VNet-integrated, subnet unknown at preview",
            resource: resource(PostgresServer, { ...base, network: { delegatedSubnetResourceId: unknown(), privateDnsZoneArmResourceId: unknown() } }),
        },
        { name: "MySQL: public access disabled", resource: resource(MySqlServer, { ...base, network: { publicNetworkAccess: "disabled" } }) },
        {
            name: "MySQL: VNet-integrated",
            resource: resource(MySqlServer, { ...base, network: { delegatedSubnetResourceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/db" } }),
        },
    ],
    invalid: [
        { name: "PostgreSQL unset: public access mode, Enabled by default", resource: resource(PostgresServer, base), messages: ["publicAccessEnabled"] },
        { name: "PostgreSQL: Enabled", resource: resource(PostgresServer, { ...base, network: { publicNetworkAccess: "Enabled" } }), messages: ["publicAccessEnabled"] },
        { name: "MySQL unset: Enabled by default", resource: resource(MySqlServer, { ...base, network: {} }), messages: ["publicAccessEnabled"] },
    ],
    undecided: [
        { name: "setting from another resource", resource: resource(PostgresServer, { ...base, network: { publicNetworkAccess: unknown() } }) },
        { name: "MySQL: network from another resource", resource: resource(MySqlServer, { ...base, network: unknown() }) },
    ],
});
