import { option, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "custom-role-reviewed",
    description: "Custom RBAC role definitions are exceptions to the built-in roles: each one is reported until it is " +
        "listed as reviewed.",
    area: "identity-and-access",
    severity: "low",
    frameworks: {
        mcsb: ["PA-7"],
        // The definition audits every role definition of type CustomRole, which is every one a program creates.
        azurePolicy: ["a451c1ef-c6ca-483d-87ed-f49761e3ffb5"],
    },
    remediation: "Assign a built-in role (Owner, Contributor, Reader or a service's own roles) instead of defining " +
        "one. Where a custom role is needed, review its permissions and threat model, then add its roleName to " +
        "reviewedRoles.",
    messages: {
        customRole: "This is a custom role, which Azure Policy audits as an exception to the built-in roles: assign a built-in role, or review it and add its roleName to reviewedRoles.",
    },
    config: {
        reviewedRoles: option.stringList({
            default: [],
            description: "roleName values of custom roles that have been reviewed and are accepted (Azure Policy still " +
                "audits them: this is an exemption).",
        }),
    },
    check: {
        roleDefinition: (role, ctx) => {
            // Every role definition a program creates is a custom role (roleType CustomRole); built-in roles are
            // Microsoft's and cannot be created. roleName is the role's display name, unique in the tenant.
            // roleName is read only when some role is listed: by default the answer needs no value.
            const reviewed = ctx.config.reviewedRoles;
            if (reviewed.length === 0 || typeof role.roleName !== "string" || !reviewed.includes(role.roleName)) {
                ctx.report("customRole");
            }
        },
    },
});
