import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "automation-variable-encrypted",
    description: "Azure Automation account variables are stored encrypted.",
    area: "data-protection",
    severity: "medium",
    frameworks: {
        mcsb: ["DP-4"],
        azurePolicy: ["3657f5a0-770e-44a3-b44e-9431ba1e9735"],
    },
    remediation: "Set isEncrypted to true on every Automation variable. Unset means false, and a variable cannot be " +
        "encrypted after it is created: recreate it.",
    noFix: "an encrypted variable can no longer be read outside runbooks, and the change replaces the variable",
    messages: {
        notEncrypted: "isEncrypted is not true (unset means false), so the variable's value is stored unencrypted: set isEncrypted to true.",
    },
    check: {
        automationVariable: (variable, ctx) => {
            // Default: unset isEncrypted is false. Source:
            // https://learn.microsoft.com/azure/automation/shared-resources/variables (a variable is encrypted only when
            // created so; the choice cannot be changed later).
            if (variable.isEncrypted !== true) {
                ctx.report("notEncrypted");
            }
        },
    },
});
