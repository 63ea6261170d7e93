import { listOf, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "custom-role-no-wildcard-actions",
    description: "Custom role definitions list the management actions they need instead of \"*\" (every action at their assignable scopes).",
    area: "identity-and-access",
    severity: "medium",
    frameworks: {
        mcsb: ["PA-7"], cis: ["5.4"],
        azurePolicy: [
            { id: "a451c1ef-c6ca-483d-87ed-f49761e3ffb5", partial: "flags only custom roles whose actions include " +
                "\"*\"; the definition audits every custom role (custom-role-reviewed does)" },
        ],
    },
    remediation: "Replace \"*\" in permissions[].actions with the specific actions the role needs (e.g. " +
        "Microsoft.Compute/virtualMachines/start/action), or assign a built-in role.",
    messages: {
        wildcardAction: "permissions[{{index}}].actions contains \"*\", granting every management action at the role's scopes: list only the actions the role needs.",
    },
    check: {
        roleDefinition: (role, ctx) => {
            ctx.each(role.permissions, (permission, index) => {
                // "*" alone grants every action, including Microsoft.Authorization/* (role assignment) unless denied.
                if (listOf(permission.actions).includes("*")) {
                    ctx.report("wildcardAction", { index });
                }
            });
        },
    },
});
