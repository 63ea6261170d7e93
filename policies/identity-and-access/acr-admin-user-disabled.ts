import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "acr-admin-user-disabled",
    description: "Container registries have the admin user disabled, so pulls and pushes authenticate with Entra identities.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-1"] },
    remediation: "Set adminUserEnabled to false or leave it unset (the default is false); grant AcrPull/AcrPush " +
        "roles to managed identities instead.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        adminUserEnabled: "adminUserEnabled is true, so a shared admin username and password give full registry access: set it to false.",
    },
    check: {
        containerRegistry: (registry, ctx) => {
            // Default: unset adminUserEnabled is false. Source: REST spec Microsoft.ContainerRegistry
            // 2023-01-01-preview, RegistryProperties.adminUserEnabled default false (azure-native 3.28 fills it in).
            if (registry.adminUserEnabled === true) {
                ctx.report("adminUserEnabled");
            }
        },
    },
});
