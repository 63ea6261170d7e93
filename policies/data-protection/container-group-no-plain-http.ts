import { option, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "container-group-no-plain-http",
    description: "Container groups with a public IP do not expose plain HTTP (TCP port 80) to the internet.",
    area: "data-protection",
    // High: Container Instances terminate no TLS themselves, so port 80 on a public IP serves whatever the container
    // sends, in the clear, to anyone.
    severity: "high",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Serve HTTPS only (port 443) from a container that terminates TLS, or keep the group private and " +
        "publish it through Application Gateway or Front Door, which terminate TLS and redirect HTTP. Remove port 80 " +
        "from ipAddress.ports. With the option tlsPortsOnly, every public TCP port other than 443 is flagged.",
    noFix: "clients that call the container over plain HTTP would be refused, and its ports are the application's",
    messages: {
        plainHttpPort: "ipAddress.ports[{{index}}] exposes TCP port 80 on the group's public IP, which serves plain HTTP: remove it and serve HTTPS on 443, or keep the group private behind a TLS-terminating gateway.",
        nonTlsPort: "ipAddress.ports[{{index}}] exposes a TCP port other than 443 on the group's public IP, and this policy's config accepts only 443 (tlsPortsOnly): serve it on 443 with TLS, or keep the group private.",
    },
    config: {
        tlsPortsOnly: option.boolean({
            default: false,
            description: "Flag every public TCP port other than 443. Off by default: a container may serve TLS on " +
                "another port (8443, a database's TLS port), which the inputs cannot tell.",
        }),
    },
    check: {
        containerGroup: (group, ctx) => {
            // Only a public IP is reachable from the internet. Source:
            // https://learn.microsoft.com/azure/container-instances/container-instances-vnet
            if (!sameText(group.ipAddress?.type, "Public")) {
                return;
            }
            ctx.each(group.ipAddress?.ports, (port, index) => {
                // Default: unset protocol is TCP. Source: REST spec Microsoft.ContainerInstance
                // 2024-10-01-preview, Port.protocol.
                if (port.protocol !== undefined && port.protocol !== null && !sameText(port.protocol, "TCP")) {
                    return;
                }
                if (port.port === 80) {
                    ctx.report("plainHttpPort", { index });
                } else if (ctx.config.tlsPortsOnly && port.port !== 443) {
                    ctx.report("nonTlsPort", { index });
                }
            });
        },
    },
});
