import { required, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "keyvault-network-default-deny",
    description: "Key vaults deny network access by default (firewall on), or disable public network access.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2", "DP-8"], azurePolicy: ["55615ac9-af46-4a59-874e-391cc3dfb490"] },
    remediation: "Set properties.networkAcls: { defaultAction: \"Deny\" } and allow trusted networks through ipRules " +
        "and virtualNetworkRules, or set properties.publicNetworkAccess to Disabled and use private endpoints.",
    noFix: "a default deny blocks every client that is not yet on the allow list or behind a private endpoint",
    messages: {
        networkDefaultAllow: "properties.networkAcls.defaultAction is not Deny (unset means Allow), so any network can reach the vault: set it to Deny with ipRules or virtualNetworkRules, or set properties.publicNetworkAccess to Disabled.",
    },
    check: {
        keyVault: (vault, ctx) => {
            const props = required(vault.properties, "properties");
            // Default: publicNetworkAccess is "enabled" (REST spec Microsoft.KeyVault 2024-11-01; azure-native 3.28
            // fills it in) and an unset networkAcls (or defaultAction) allows every network. Source:
            // https://learn.microsoft.com/azure/key-vault/general/network-security
            if (sameText(props.publicNetworkAccess, "Disabled")) {
                return;
            }
            if (!sameText(props.networkAcls?.defaultAction, "Deny")) {
                ctx.report("networkDefaultAllow");
            }
        },
    },
});
