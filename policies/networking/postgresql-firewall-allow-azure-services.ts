import { rangeRuleIs, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "postgresql-firewall-allow-azure-services",
    description: "No PostgreSQL flexible server firewall rule is the 0.0.0.0 marker that lets every Azure service and resource in.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Remove the dbforpostgresql.FirewallRule whose startIpAddress and endIpAddress are both 0.0.0.0, and " +
        "set the server's network.publicNetworkAccess to Disabled and connect through a private endpoint, or " +
        "deploy the server into a virtual network (network.delegatedSubnetResourceId).",
    messages: {
        allowsAzureServices: "startIpAddress and endIpAddress are both 0.0.0.0, which the PostgreSQL flexible server reads as 'Allow public access from any Azure service within Azure to this server': the resources of any Azure customer, not only yours, can then reach the server's public endpoint. Remove the rule and connect through a private endpoint or virtual network integration instead.",
    },
    check: {
        postgresqlFirewallRule: (rule, ctx) => {
            // PostgreSQL flexible server reads a rule from 0.0.0.0 to 0.0.0.0 as "Allow public access from any Azure
            // service within Azure to this server".
            // Source: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-firewall-rules
            // An unknown start with a known end other than 0.0.0.0 (or the reverse) is settled; both must be 0.0.0.0.
            const reading = { internetWideAddresses: 2 ** 32, azureServicesMarker: true };
            if (rangeRuleIs("azureServices", () => rule.startIpAddress, () => rule.endIpAddress, reading)) {
                ctx.report("allowsAzureServices");
            }
        },
    },
});
