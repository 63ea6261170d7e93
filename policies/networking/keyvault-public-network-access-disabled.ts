import { required, resourcePolicy, sameText } from "../../lib/kit";

/**
 * Stricter than keyvault-network-default-deny, which also accepts a public endpoint behind firewall rules: this one,
 * CIS 8.3.7's reading, wants no public endpoint at all.
 */
export default resourcePolicy({
    name: "keyvault-public-network-access-disabled",
    description: "Key vaults disable public network access and are reached through private endpoints.",
    area: "networking",
    // Medium: keyvault-network-default-deny (high) already flags a vault open to every network; this one flags the
    // public endpoint that remains behind firewall rules.
    severity: "medium",
    frameworks: { mcsb: ["NS-2", "DP-8"], cis: ["8.3.7"] },
    remediation: "Set properties.publicNetworkAccess to Disabled and reach the vault through private endpoints " +
        "(network.PrivateEndpoint with group id vault). Unset means enabled.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessEnabled: "properties.publicNetworkAccess is not Disabled (unset means enabled), so the vault keeps a public endpoint, whatever its firewall rules: set it to Disabled and use private endpoints.",
    },
    check: {
        keyVault: (vault, ctx) => {
            const props = required(vault.properties, "properties");
            // Default: publicNetworkAccess is "enabled" (REST spec Microsoft.KeyVault 2024-11-01; azure-native 3.28
            // fills it in). Source: https://learn.microsoft.com/azure/key-vault/general/network-security
            if (!sameText(props.publicNetworkAccess, "Disabled")) {
                ctx.report("publicAccessEnabled");
            }
        },
    },
});
