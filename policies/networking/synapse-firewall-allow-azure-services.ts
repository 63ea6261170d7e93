import { rangeRuleIs, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "synapse-firewall-allow-azure-services",
    description: "No Synapse workspace firewall rule is the 0.0.0.0 marker that lets every Azure service and resource in.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Remove the synapse.IpFirewallRule whose startIpAddress and endIpAddress are both 0.0.0.0, and set the " +
        "workspace's publicNetworkAccess to Disabled and connect through private endpoints (a managed virtual " +
        "network and managed private endpoints for its own traffic).",
    messages: {
        allowsAzureServices: "startIpAddress and endIpAddress are both 0.0.0.0, which the Synapse workspace reads as 'Allow Azure services and resources to access this workspace': the resources of any Azure customer, not only yours, can then reach the workspace's public endpoint. Remove the rule and connect through private endpoints instead.",
    },
    check: {
        synapseFirewallRule: (rule, ctx) => {
            // Synapse reads a rule from 0.0.0.0 to 0.0.0.0 as "Allow Azure services and resources to access this
            // workspace".
            // Source: https://learn.microsoft.com/azure/synapse-analytics/security/synapse-workspace-ip-firewall
            // An unknown start with a known end other than 0.0.0.0 (or the reverse) is settled; both must be 0.0.0.0.
            const reading = { internetWideAddresses: 2 ** 32, azureServicesMarker: true };
            if (rangeRuleIs("azureServices", () => rule.startIpAddress, () => rule.endIpAddress, reading)) {
                ctx.report("allowsAzureServices");
            }
        },
    },
});
