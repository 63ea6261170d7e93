import { CheckContext, PropsOf, resourcePolicy } from "../../lib/kit";

const messages = {
    localAuthEnabled: "disableLocalAuth is not true (unset means false), so access keys and the tokens signed with them grant access outside Entra ID: set disableLocalAuth to true.",
} as const;

/** The disableLocalAuth input, the same on SignalR and Web PubSub (one resource provider, Microsoft.SignalRService). */
function checkLocalAuth(disableLocalAuth: PropsOf<"signalR">["disableLocalAuth"], ctx: CheckContext<typeof messages>): void {
    // Default: unset disableLocalAuth is false (access keys work), on both services. Source: REST spec
    // Microsoft.SignalRService 2024-03-01, disableLocalAuth default false (azure-native 3.28 fills it in), and
    // https://learn.microsoft.com/azure/azure-signalr/howto-disable-local-auth
    if (disableLocalAuth !== true) {
        ctx.report("localAuthEnabled");
    }
}

export default resourcePolicy({
    name: "signalr-local-auth-disabled",
    description: "SignalR and Web PubSub services refuse access keys, so servers and clients authenticate with Microsoft Entra ID.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-1"] },
    remediation: "Set disableLocalAuth to true and grant the app server's managed identity the SignalR App Server or " +
        "Web PubSub Service Owner role. Unset means false: the access keys, and client tokens signed with them, keep working.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages,
    check: {
        signalR: (service, ctx) => checkLocalAuth(service.disableLocalAuth, ctx),
        webPubSub: (service, ctx) => checkLocalAuth(service.disableLocalAuth, ctx),
    },
});
