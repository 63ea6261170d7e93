import { rangeRuleIs, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "mysql-firewall-allow-azure-services",
    description: "No MySQL flexible server firewall rule is the 0.0.0.0 marker that lets every Azure service and resource in.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Remove the dbformysql.FirewallRule whose startIpAddress and endIpAddress are both 0.0.0.0, and set the" +
        " server's network.publicNetworkAccess to Disabled and connect through a private endpoint, or deploy " +
        "the server into a virtual network (network.delegatedSubnetResourceId).",
    messages: {
        allowsAzureServices: "startIpAddress and endIpAddress are both 0.0.0.0, which the MySQL flexible server reads as 'Allow public access from any Azure service within Azure to this server': the resources of any Azure customer, not only yours, can then reach the server's public endpoint. Remove the rule and connect through a private endpoint or virtual network integration instead.",
    },
    check: {
        mysqlFirewallRule: (rule, ctx) => {
            // MySQL flexible server reads a rule from 0.0.0.0 to 0.0.0.0 as "Allow public access from any Azure
            // service within Azure to this server".
            // Source: https://learn.microsoft.com/azure/mysql/flexible-server/concepts-networking-public
            // An unknown start with a known end other than 0.0.0.0 (or the reverse) is settled; both must be 0.0.0.0.
            const reading = { internetWideAddresses: 2 ** 32, azureServicesMarker: true };
            if (rangeRuleIs("azureServices", () => rule.startIpAddress, () => rule.endIpAddress, reading)) {
                ctx.report("allowsAzureServices");
            }
        },
    },
});
