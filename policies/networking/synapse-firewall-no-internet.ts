import { internetWideOption, rangeRuleIs, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "synapse-firewall-no-internet",
    description: "Synapse workspace firewall rules admit specific address ranges, none so wide that it opens the workspace to the whole Internet.",
    area: "networking",
    // Critical: a data service reachable from (nearly) every address on the Internet is what breaches are made of;
    // the model lowers it one step where network controls are shared (PaaS), which keeps it mandatory.
    severity: "critical",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Narrow each synapse.IpFirewallRule's startIpAddress and endIpAddress to the clients' own public " +
        "addresses, or remove the rule and set the workspace's publicNetworkAccess to Disabled and connect " +
        "through private endpoints (a managed virtual network and managed private endpoints for its own " +
        "traffic). The option internetWideAddresses sets how wide a range may be (default 2^24 addresses, a " +
        "/8).",
    messages: {
        internetWide: "startIpAddress to endIpAddress covers at least {{config.internetWideAddresses}} addresses, which opens the workspace to most of the Internet: narrow the range to the clients' own addresses, or reach the workspace through private endpoints instead.",
    },
    config: { internetWideAddresses: internetWideOption() },
    check: {
        synapseFirewallRule: (rule, ctx) => {
            // It is not an Internet-wide range but a marker, which synapse-firewall-allow-azure-services reports.
            // Synapse reads a rule from 0.0.0.0 to 0.0.0.0 as "Allow Azure services and resources to access this
            // workspace".
            // Source: https://learn.microsoft.com/azure/synapse-analytics/security/synapse-workspace-ip-firewall
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
