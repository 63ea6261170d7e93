import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "vpn-gateway-entra-auth-only",
    description: "VPN gateways with point-to-site access authenticate their users with Microsoft Entra ID only, not certificates or RADIUS.",
    area: "identity-and-access",
    severity: "medium",
    frameworks: { mcsb: ["IM-1"], cis: ["7.9"], azurePolicy: ["21a6bc25-125e-4d13-b82d-2e19b7208ab7"] },
    remediation: "Set vpnClientConfiguration.vpnAuthenticationTypes to [\"AAD\"] with aadTenant, aadAudience and " +
        "aadIssuer, and remove vpnClientRootCertificates and the RADIUS settings.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        nonEntraAuthType: "vpnClientConfiguration.vpnAuthenticationTypes[{{index}}] is not AAD, so point-to-site users can connect without Microsoft Entra ID: list only \"AAD\".",
        inferredNonEntraAuth: "vpnClientConfiguration.vpnAuthenticationTypes is unset while root certificates or a RADIUS server are configured, so point-to-site users can connect with them: set vpnAuthenticationTypes to [\"AAD\"] and remove them.",
    },
    check: {
        virtualNetworkGateway: (gateway, ctx) => {
            const p2s = gateway.vpnClientConfiguration;
            // Point-to-site is on only with a client address pool, as Azure Policy's built-in reads it.
            if (!Array.isArray(p2s?.vpnClientAddressPool?.addressPrefixes)) {
                return;
            }
            const types = p2s.vpnAuthenticationTypes;
            if (Array.isArray(types) && types.length > 0) {
                ctx.each(types, (type, index) => {
                    if (!sameText(type, "AAD")) {
                        ctx.report("nonEntraAuthType", { index });
                    }
                });
                return;
            }
            // Default: with no vpnAuthenticationTypes the gateway takes its methods from what is configured (root
            // certificates: Certificate, a RADIUS server: Radius, aadTenant: AAD). Source: REST spec Microsoft.Network
            // 2024-05-01, VpnClientConfiguration; learn.microsoft.com/azure/vpn-gateway/point-to-site-about.
            const radiusServers = p2s.radiusServers;
            if ((Array.isArray(p2s.vpnClientRootCertificates) && p2s.vpnClientRootCertificates.length > 0) ||
                (typeof p2s.radiusServerAddress === "string" && p2s.radiusServerAddress !== "") ||
                (Array.isArray(radiusServers) && radiusServers.length > 0)) {
                ctx.report("inferredNonEntraAuth");
            }
        },
    },
});
