import { classifyAddressOrRange, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "cosmosdb-allow-azure-datacenters",
    description: "No Cosmos DB account IP rule is the 0.0.0.0 marker that accepts connections from every public Azure datacenter.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Remove the ipRules entry whose ipAddressOrRange is 0.0.0.0, and connect Azure workloads through a " +
        "private endpoint or through virtualNetworkRules (isVirtualNetworkFilterEnabled: true); for the Azure " +
        "portal's own access, list the portal's addresses instead.",
    messages: {
        allowsAzureDatacenters: "ipRules[{{index}}].ipAddressOrRange is 0.0.0.0, which Cosmos DB reads as 'accept connections from within public Azure datacenters': the resources of any Azure customer, not only yours, can then reach the account. Remove it and connect through a private endpoint or virtual network rules instead.",
    },
    check: {
        cosmosDbAccount: (account, ctx) => {
            // Cosmos DB reads the IP rule "0.0.0.0" as "accept connections from within public Azure datacenters".
            // Source: https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall#allow-requests-from-global-azure-datacenters-or-other-sources-within-azure
            const reading = { internetWideAddresses: 2 ** 32, azureServicesMarker: true };
            const markers: number[] = [];
            ctx.each(account.ipRules, (rule, index) => {
                if (classifyAddressOrRange(rule.ipAddressOrRange, reading) === "azureServices") {
                    markers.push(index);
                }
            });
            if (markers.length === 0) {
                return;
            }
            // With publicNetworkAccess Disabled (or SecuredByPerimeter, where a network security perimeter's rules
            // decide) the IP rules admit nothing. Default: unset is Enabled, so the rules apply.
            // Source: https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints#blocking-public-network-access-during-account-creation
            if (sameText(account.publicNetworkAccess, "Disabled") || sameText(account.publicNetworkAccess, "SecuredByPerimeter")) {
                return;
            }
            markers.forEach((index) => ctx.report("allowsAzureDatacenters", { index }));
        },
    },
});
