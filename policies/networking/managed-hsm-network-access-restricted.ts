import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "managed-hsm-network-access-restricted",
    description: "Managed HSM pools disable public network access, or deny network access by default (firewall on).",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2", "DP-8"] },
    remediation: "Set properties.publicNetworkAccess to Disabled and reach the pool through a private endpoint, or set " +
        "properties.networkAcls: { defaultAction: \"Deny\" } and allow trusted networks through ipRules and " +
        "virtualNetworkRules. publicNetworkAccess defaults to Enabled, and defaultAction to Allow.",
    noFix: "a default deny blocks every client that is not yet on the allow list or behind a private endpoint",
    messages: {
        networkDefaultAllow: "properties.publicNetworkAccess is not Disabled (unset means Enabled) and properties.networkAcls.defaultAction is not Deny (unset means Allow), so any network can reach the pool's keys endpoint: set publicNetworkAccess to Disabled, or networkAcls.defaultAction to Deny with ipRules or virtualNetworkRules.",
    },
    check: {
        managedHsm: (hsm, ctx) => {
            const props = hsm.properties;
            // Default: publicNetworkAccess Enabled, and without networkAcls (or its defaultAction) every network is
            // allowed. Source: REST spec Microsoft.KeyVault 2023-07-01, ManagedHsmProperties.publicNetworkAccess
            // (default "Enabled"); https://learn.microsoft.com/azure/key-vault/managed-hsm/network-security
            if (sameText(props?.publicNetworkAccess, "Disabled")) {
                return;
            }
            if (!sameText(props?.networkAcls?.defaultAction, "Deny")) {
                ctx.report("networkDefaultAllow");
            }
        },
    },
});
