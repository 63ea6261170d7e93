import { CheckContext, PropsOf, resourcePolicy, sameText } from "../../lib/kit";

const messages = {
    publicAccessEnabled: "publicNetworkAccess is not Disabled (unset means Enabled), so the service has a public endpoint: set publicNetworkAccess to Disabled and connect through a private endpoint.",
} as const;

/** The publicNetworkAccess input, the same on SignalR and Web PubSub. */
function checkPublicAccess(access: PropsOf<"signalR">["publicNetworkAccess"], ctx: CheckContext<typeof messages>): void {
    // Default: unset publicNetworkAccess is Enabled. Source: REST spec Microsoft.SignalRService 2024-03-01,
    // publicNetworkAccess default "Enabled" (azure-native 3.28 fills it in), and
    // https://learn.microsoft.com/azure/azure-signalr/howto-network-access-control
    if (!sameText(access, "Disabled")) {
        ctx.report("publicAccessEnabled");
    }
}

export default resourcePolicy({
    name: "signalr-public-network-access-disabled",
    description: "SignalR and Web PubSub services disable public network access and are reached through private endpoints.",
    area: "networking",
    // Medium: the endpoint still requires a key or an Entra token; this removes the exposure, not the lock.
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set publicNetworkAccess to Disabled and connect through a private endpoint (Standard or Premium " +
        "tier). Unset means Enabled. networkACLs can narrow public traffic by request type and IP range, but only " +
        "Disabled closes the public endpoint.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages,
    check: {
        signalR: (service, ctx) => checkPublicAccess(service.publicNetworkAccess, ctx),
        webPubSub: (service, ctx) => checkPublicAccess(service.publicNetworkAccess, ctx),
    },
});
