import { CheckContext, PropsOf, resourcePolicy } from "../../lib/kit";

const messages = {
    localAuthEnabled: "disableLocalAuth is not true (unset means false), so SAS keys grant access outside Entra ID: set it to true.",
} as const;

/** A namespace's disableLocalAuth input (the same on Event Hubs and Service Bus). */
function checkLocalAuth(disableLocalAuth: PropsOf<"eventHubNamespace">["disableLocalAuth"], ctx: CheckContext<typeof messages>): void {
    // Default: unset disableLocalAuth is false (SAS keys work), on both services. Source:
    // https://learn.microsoft.com/azure/service-bus-messaging/disable-local-authentication and its Event Hubs
    // counterpart.
    if (disableLocalAuth !== true) {
        ctx.report("localAuthEnabled");
    }
}

export default resourcePolicy({
    name: "messaging-local-auth-disabled",
    description: "Event Hubs and Service Bus namespaces refuse SAS keys, so senders and receivers authenticate with Microsoft Entra ID.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-1"] },
    remediation: "Set disableLocalAuth to true on the namespace and grant Data Sender/Receiver roles to Entra " +
        "identities. Unset means false: SAS keys keep working.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages,
    check: {
        eventHubNamespace: (namespace, ctx) => checkLocalAuth(namespace.disableLocalAuth, ctx),
        serviceBusNamespace: (namespace, ctx) => checkLocalAuth(namespace.disableLocalAuth, ctx),
    },
});
