import { rangeRuleIs, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "sql-firewall-allow-azure-services",
    description: "No Azure SQL server firewall rule is the 0.0.0.0 marker that lets every Azure service and resource in.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Remove the sql.FirewallRule whose startIpAddress and endIpAddress are both 0.0.0.0, and set the " +
        "server's publicNetworkAccess to Disabled and connect through a private endpoint, or admit subnets with" +
        " sql.VirtualNetworkRule.",
    messages: {
        allowsAzureServices: "startIpAddress and endIpAddress are both 0.0.0.0, which the Azure SQL server reads as 'Allow Azure services and resources to access this server': the resources of any Azure customer, not only yours, can then reach the server's public endpoint. Remove the rule and connect through a private endpoint or virtual network rules (sql.VirtualNetworkRule) instead.",
    },
    check: {
        sqlFirewallRule: (rule, ctx) => {
            // Azure SQL Database reads a rule from 0.0.0.0 to 0.0.0.0 as "Allow Azure services and resources to access
            // this server".
            // Source:
            // https://learn.microsoft.com/azure/azure-sql/database/firewall-configure#connections-from-inside-azure
            // An unknown start with a known end other than 0.0.0.0 (or the reverse) is settled; both must be 0.0.0.0.
            const reading = { internetWideAddresses: 2 ** 32, azureServicesMarker: true };
            if (rangeRuleIs("azureServices", () => rule.startIpAddress, () => rule.endIpAddress, reading)) {
                ctx.report("allowsAzureServices");
            }
        },
    },
});
