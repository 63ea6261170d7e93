import { CheckContext, hasManagedIdentity, PropsOf, resourcePolicy } from "../../lib/kit";

const messages = {
    noManagedIdentity: "identity.type is not set or is None, so the app has no managed identity and must hold credentials for what it calls: set it to SystemAssigned or UserAssigned.",
} as const;

/** An app's or a slot's identity input (the same ManagedServiceIdentity on both). */
function checkIdentity(identity: PropsOf<"webApp">["identity"], ctx: CheckContext<typeof messages>): void {
    // Default: without identity (or with type None) the app has no managed identity. Source:
    // https://learn.microsoft.com/azure/app-service/overview-managed-identity (an identity is added to the app on
    // request).
    if (!hasManagedIdentity(identity?.type)) {
        ctx.report("noManagedIdentity");
    }
}

export default resourcePolicy({
    name: "app-service-managed-identity",
    description: "App Service apps and slots have a managed identity (system- or user-assigned) to reach other Azure resources without stored credentials.",
    area: "identity-and-access",
    severity: "medium",
    frameworks: {
        mcsb: ["IM-3"],
        azurePolicy: ["0da106f2-4ca3-48e8-bc85-c638fe6aea8f", "2b9ad585-36bc-4615-b300-fd4435808332"],
    },
    remediation: "Set identity: { type: \"SystemAssigned\" } (or \"UserAssigned\" with userAssignedIdentities) " +
        "and use it in place of connection strings and keys. Unset means no managed identity.",
    messages,
    check: {
        webApp: (app, ctx) => checkIdentity(app.identity, ctx),
        webAppSlot: (slot, ctx) => checkIdentity(slot.identity, ctx),
    },
});
