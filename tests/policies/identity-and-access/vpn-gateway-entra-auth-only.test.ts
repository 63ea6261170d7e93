import { VirtualNetworkGateway } from "@pulumi/azure-native/network";
import policy from "../../../policies/identity-and-access/vpn-gateway-entra-auth-only";
import { resource, testResourcePolicy, unknown } from "../../tester";

type P2S = NonNullable<ConstructorParameters<typeof VirtualNetworkGateway>[1]["vpnClientConfiguration"]>;
const pool = { addressPrefixes: ["172.16.0.0/24"] };
const entra = {
    aadTenant: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/",
    aadAudience: "41b23e61-6c1e-4545-b367-cd054e0ed4b4", aadIssuer: "https://sts.windows.net/00000000-0000-0000-0000-000000000000/",
};
const rootCert = { name: "root", publicCertData: "MIIC5zCCAc+gAwIBAgIQ" };
const gateway = (vpnClientConfiguration?: P2S) => resource(VirtualNetworkGateway, {
    resourceGroupName: "rg", gatewayType: "Vpn", vpnType: "RouteBased", sku: { name: "VpnGw2", tier: "VpnGw2" },
    vpnClientConfiguration,
});

testResourcePolicy(policy, {
    valid: [
        { name: "no point-to-site configuration", resource: gateway() },
        { name: "P2S settings without a client address pool", resource: gateway({ vpnAuthenticationTypes: ["Certificate"] }) },
        {
            name: "Entra ID only",
            resource: gateway({ vpnClientAddressPool: pool, vpnAuthenticationTypes: ["AAD"], vpnClientProtocols: ["OpenVPN"], ...entra }),
        },
        { name: "unset types, only an Entra tenant configured", resource: gateway({ vpnClientAddressPool: pool, ...entra }) },
    ],
    invalid: [
        {
            name: "certificate authentication",
            resource: gateway({ vpnClientAddressPool: pool, vpnAuthenticationTypes: ["Certificate"], vpnClientRootCertificates: [rootCert] }),
            messages: [{ id: "nonEntraAuthType", data: { index: 0 } }],
        },
        {
            name: "Entra ID and RADIUS side by side",
            resource: gateway({ vpnClientAddressPool: pool, vpnAuthenticationTypes: ["AAD", "Radius"], radiusServerAddress: "10.0.0.4", ...entra }),
            messages: [{ id: "nonEntraAuthType", data: { index: 1 } }],
        },
        {
            name: "unset types with root certificates",
            resource: gateway({ vpnClientAddressPool: pool, vpnClientRootCertificates: [rootCert] }),
            messages: ["inferredNonEntraAuth"],
        },
        {
            name: "unset types with RADIUS servers",
            resource: gateway({ vpnClientAddressPool: pool, radiusServers: [{ radiusServerAddress: "10.0.0.4" }] }),
            messages: ["inferredNonEntraAuth"],
        },
    ],
    undecided: [
        { name: "authentication types from config not yet known", resource: gateway({ vpnClientAddressPool: pool, vpnAuthenticationTypes: unknown() }) },
        { name: "address pool from another resource", resource: gateway({ vpnClientAddressPool: { addressPrefixes: unknown() }, vpnAuthenticationTypes: ["Certificate"] }) },
    ],
});
