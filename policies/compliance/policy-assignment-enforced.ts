import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "policy-assignment-enforced",
    description: "Azure Policy assignments are enforced, so their Deny, Modify and DeployIfNotExists effects act on " +
        "resource changes instead of only being reported.",
    area: "compliance",
    // Low: an assignment left at DoNotEnforce still evaluates and reports compliance; it only stops preventing and
    // remediating. That is sometimes a deliberate rollout step, so this is advice rather than a control failure.
    severity: "low",
    frameworks: { mcsb: ["PV-2"] },
    remediation: "Set enforcementMode to Default (or leave it unset) once the assignment's what-if results are " +
        "reviewed. DoNotEnforce is meant for testing an assignment's impact, not for standing assignments.",
    messages: {
        notEnforced: "enforcementMode is DoNotEnforce, so the assignment's Deny, Modify and DeployIfNotExists effects do not act and noncompliant resources can still be created: set it to Default.",
    },
    check: {
        policyAssignment: (assignment, ctx) => {
            // Default: unset enforcementMode is Default (enforced). Source:
            // https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure#enforcement-mode
            // Enroll (enforced once a scope enrolls through a separate resource) is left alone: whether it enforces
            // depends on enrollments this resource does not show.
            if (sameText(assignment.enforcementMode, "DoNotEnforce")) {
                ctx.report("notEnforced");
            }
        },
    },
});
