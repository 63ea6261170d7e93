import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "app-gateway-http2",
    description: "Application Gateways accept HTTP/2 from clients (enableHttp2: true).",
    area: "networking",
    severity: "low",
    frameworks: { mcsb: ["PV-2"], cis: ["7.13"] },
    remediation: "Set enableHttp2 to true. HTTP/2 applies to client connections over HTTPS listeners; the gateway " +
        "still speaks HTTP/1.1 to its backends, and clients without HTTP/2 fall back to HTTP/1.1.",
    messages: {
        http2Off: "enableHttp2 is not true (unset means off), so clients are held to HTTP/1.1: set enableHttp2 to true.",
    },
    fix: { applicationGateway: [{ path: "enableHttp2", value: true }] },
    check: {
        applicationGateway: (gateway, ctx) => {
            // Default: unset enableHttp2 is off; the REST spec (Microsoft.Network 2024-05-01,
            // ApplicationGatewayPropertiesFormat.enableHttp2) declares no default and azure-native 3.28 fills none in,
            // and only the portal's create wizard turns it on. Source:
            // https://learn.microsoft.com/azure/application-gateway/configuration-listeners#http2-support
            if (gateway.enableHttp2 !== true) {
                ctx.report("http2Off");
            }
        },
    },
});
