import { isSecret, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "expressroute-gateway-no-literal-authorization-key",
    description: "An ExpressRoute gateway's connections take the circuit's authorization key from a Pulumi secret, never " +
        "as literal text in the program.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-8", "DP-6"] },
    remediation: "Pass expressRouteConnections[].authorizationKey as a Pulumi secret: config.requireSecret(...), a value " +
        "read from Key Vault, or the key output of the circuit's ExpressRouteCircuitAuthorization wrapped in " +
        "pulumi.secret(...). If the key was committed, delete that authorization on the circuit and issue a new one.",
    messages: {
        literalAuthorizationKey: "expressRouteConnections[{{index}}].authorizationKey is literal text, not a Pulumi secret, so the key that lets a network connect to the ExpressRoute circuit sits in the program's source and, unencrypted, in its Pulumi state: pass it as a Pulumi secret (config.requireSecret or Key Vault).",
    },
    check: {
        expressRouteGateway: (gateway, ctx) => {
            // An authorization key redeems a circuit owned by another subscription: whoever holds it can connect
            // another virtual network or hub to the circuit, and so to the on-premises network behind it, until the
            // authorization is deleted. Source: https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-portal-resource-manager
            // (connect a virtual network to a circuit in a different subscription).
            ctx.each(gateway.expressRouteConnections, (connection, index) => {
                if (isSecret(connection, "authorizationKey")) {
                    return;
                }
                const key = connection.authorizationKey; // unknown at preview and not a secret: cannot decide yet
                if (typeof key === "string" && key.trim() !== "") {
                    ctx.report("literalAuthorizationKey", { index });
                }
            });
        },
    },
});
