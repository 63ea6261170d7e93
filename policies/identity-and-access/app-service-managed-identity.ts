import { hasManagedIdentity } from "../../lib/kit/checks/flags";
import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "app-service-managed-identity",
    description: "App Service apps and slots have a managed identity (system- or user-assigned) to reach other Azure resources without stored credentials.",
    area: "identity-and-access",
    severity: "medium",
    frameworks: { mcsb: ["IM-3"] },
    remediation: "Set identity: { type: \"SystemAssigned\" } (or \"UserAssigned\" with userAssignedIdentities) " +
        "and use it in place of connection strings and keys. Unset means no managed identity.",
    resources: [catalog.webApp, catalog.webAppSlot],
    check: (app, ctx) => {
        const type = app.identity?.type;
        if (!hasManagedIdentity(type)) {
            const state = type === undefined || type === null ? "is not set" : "is None";
            ctx.report(`identity.type ${state}, so the app has no managed identity and must hold credentials ` +
                "for what it calls: set it to SystemAssigned or UserAssigned.");
        }
    },
});
