import { resourcePolicy, sameText } from "../../lib/kit";

/**
 * Stricter than storage-network-default-deny, which also accepts a public endpoint behind firewall rules: this one,
 * CIS 9.3.2.2's reading, wants no public endpoint at all.
 */
export default resourcePolicy({
    name: "storage-public-network-access-disabled",
    description: "Storage accounts disable public network access and are reached through private endpoints.",
    area: "networking",
    // Medium: storage-network-default-deny (high) already flags an endpoint open to every network; this one flags
    // the public endpoint that remains behind firewall rules.
    severity: "medium",
    frameworks: { mcsb: ["NS-2"], cis: ["9.3.2.2"] },
    remediation: "Set publicNetworkAccess to Disabled and reach the account through private endpoints " +
        "(network.PrivateEndpoint). SecuredByPerimeter, which hands public access to a network security perimeter, " +
        "passes too. Unset means Enabled.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is not Disabled (unset means Enabled), so the account keeps a public endpoint, whatever its firewall rules: set publicNetworkAccess to Disabled and use private endpoints.",
    },
    check: {
        storageAccount: (account, ctx) => {
            // Default: unset publicNetworkAccess leaves the public endpoint on, governed by networkRuleSet. Source: REST
            // spec Microsoft.Storage 2024-01-01, publicNetworkAccess (optional; Enabled, Disabled, SecuredByPerimeter)
            // and https://learn.microsoft.com/azure/storage/common/storage-network-security (public endpoint reachable
            // from all networks by default).
            const access = account.publicNetworkAccess;
            if (!sameText(access, "Disabled") && !sameText(access, "SecuredByPerimeter")) {
                ctx.report("publicAccessEnabled");
            }
        },
    },
});
