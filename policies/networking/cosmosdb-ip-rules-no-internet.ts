import { classifyAddressOrRange, internetWideOption, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "cosmosdb-ip-rules-no-internet",
    description: "Cosmos DB accounts' IP rules admit specific addresses and ranges, none so wide that it opens the account to the whole Internet.",
    area: "networking",
    // Critical: a data service reachable from (nearly) every address on the Internet is what breaches are made of;
    // the model lowers it one step where network controls are shared (PaaS), which keeps it mandatory.
    severity: "critical",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Narrow each ipRules[].ipAddressOrRange to the clients' own public addresses, or set publicNetworkAccess " +
        "to Disabled and connect through a private endpoint, or admit subnets with virtualNetworkRules " +
        "(isVirtualNetworkFilterEnabled: true). The option internetWideAddresses sets how wide a range may be " +
        "(default 2^24 addresses, a /8).",
    messages: {
        internetWide: "ipRules[{{index}}].ipAddressOrRange covers at least {{config.internetWideAddresses}} addresses, which opens the account to most of the Internet: narrow it to the clients' own addresses, or reach the account through a private endpoint or virtual network rules instead.",
    },
    config: { internetWideAddresses: internetWideOption() },
    check: {
        cosmosDbAccount: (account, ctx) => {
            // "0.0.0.0" is not a range but the marker for "accept connections from within public Azure datacenters",
            // which cosmosdb-allow-azure-datacenters reports.
            // Source: https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall#allow-requests-from-global-azure-datacenters-or-other-sources-within-azure
            const reading = { internetWideAddresses: ctx.config.internetWideAddresses, azureServicesMarker: true };
            const wide: number[] = [];
            ctx.each(account.ipRules, (rule, index) => {
                if (classifyAddressOrRange(rule.ipAddressOrRange, reading) === "internetWide") {
                    wide.push(index);
                }
            });
            if (wide.length === 0) {
                return;
            }
            // With publicNetworkAccess Disabled (or SecuredByPerimeter, where a network security perimeter's rules
            // decide) the IP rules admit nothing. Default: unset is Enabled, so the rules apply.
            // Source: https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints#blocking-public-network-access-during-account-creation
            if (sameText(account.publicNetworkAccess, "Disabled") || sameText(account.publicNetworkAccess, "SecuredByPerimeter")) {
                return;
            }
            wide.forEach((index) => ctx.report("internetWide", { index }));
        },
    },
});
