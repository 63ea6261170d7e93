import { internetWideOption, rangeRuleIs, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "mysql-firewall-no-internet",
    description: "MySQL flexible server firewall rules admit specific address ranges, none so wide that it opens the server to the whole Internet.",
    area: "networking",
    // Critical: a data service reachable from (nearly) every address on the Internet is what breaches are made of;
    // the model lowers it one step where network controls are shared (PaaS), which keeps it mandatory.
    severity: "critical",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Narrow each dbformysql.FirewallRule's startIpAddress and endIpAddress to the clients' own public " +
        "addresses, or remove the rule and set the server's network.publicNetworkAccess to Disabled and connect" +
        " through a private endpoint, or deploy the server into a virtual network " +
        "(network.delegatedSubnetResourceId). The option internetWideAddresses sets how wide a range may be " +
        "(default 2^24 addresses, a /8).",
    messages: {
        internetWide: "startIpAddress to endIpAddress covers at least {{config.internetWideAddresses}} addresses, which opens the server to most of the Internet: narrow the range to the clients' own addresses, or reach the server through a private endpoint or virtual network integration instead.",
    },
    config: { internetWideAddresses: internetWideOption() },
    check: {
        mysqlFirewallRule: (rule, ctx) => {
            // It is not an Internet-wide range but a marker, which mysql-firewall-allow-azure-services reports. MySQL
            // flexible server reads a rule from 0.0.0.0 to 0.0.0.0 as "Allow public access from any Azure service
            // within Azure to this server".
            // Source: https://learn.microsoft.com/azure/mysql/flexible-server/concepts-networking-public
            // Either input may be unknown at preview: the known one decides only when it settles the question (a start
            // of 255.255.255.0 leaves at most 256 addresses); an input that is unset or not an IPv4 address makes a rule
            // Azure rejects, which opens nothing.
            const reading = { internetWideAddresses: ctx.config.internetWideAddresses, azureServicesMarker: true };
            if (rangeRuleIs("internetWide", () => rule.startIpAddress, () => rule.endIpAddress, reading)) {
                ctx.report("internetWide");
            }
        },
    },
});
