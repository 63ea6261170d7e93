import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-rbac-enabled",
    description: "AKS clusters keep Kubernetes RBAC enabled, so API access is limited by roles and bindings.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["PA-7"], azurePolicy: ["ac4a19c2-fa67-49b4-8ae5-0b2e78c49457"] },
    remediation: "Set enableRBAC to true or leave it unset (AKS enables Kubernetes RBAC by default). It cannot be " +
        "changed after creation: recreate a cluster that has it off.",
    noFix: "changing a cluster's RBAC setting recreates the cluster",
    messages: {
        rbacDisabled: "enableRBAC is false, so every authenticated user is fully authorized in the cluster: set it to true.",
    },
    check: {
        managedCluster: (cluster, ctx) => {
            // Default: unset enableRBAC is taken as on (unconfirmed: the 2025-09-01 spec gives no default, and
            // Microsoft's docs state an on-by-default only for the Azure CLI; older reports say templates created
            // clusters without it).
            if (cluster.enableRBAC === false) {
                ctx.report("rbacDisabled");
            }
        },
    },
});
