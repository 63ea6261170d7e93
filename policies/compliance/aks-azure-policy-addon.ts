import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-azure-policy-addon",
    description: "AKS clusters run the Azure Policy add-on, so Azure Policy can audit and enforce rules on Kubernetes workloads.",
    area: "compliance",
    severity: "medium",
    frameworks: { mcsb: ["PV-2"], azurePolicy: ["0a15ec92-a229-4763-bb14-0ea34a568f8d"] },
    remediation: "Set addonProfiles: { azurepolicy: { enabled: true } } on the cluster. Unset means the add-on " +
        "is not installed.",
    messages: {
        addonMissing: "addonProfiles has no azurepolicy add-on, so Azure Policy cannot govern the cluster's workloads: add azurepolicy with enabled: true.",
        addonDisabled: "{{addon}}.enabled is not true, so Azure Policy cannot govern the cluster's workloads: set it to true.",
    },
    check: {
        managedCluster: (cluster, ctx) => {
            // Default: on AKS Standard the azurepolicy add-on runs only when addonProfiles enables it. Source:
            // https://learn.microsoft.com/azure/governance/policy/concepts/policy-for-kubernetes (the add-on is
            // installed on request). Whether AKS Automatic's deployment safeguards turn it on when unset is
            // unconfirmed.
            const addons = cluster.addonProfiles ?? {};
            // AKS matches add-on names case-insensitively; the documented key is "azurepolicy".
            const key = Object.keys(addons).find((name) => name.toLowerCase() === "azurepolicy");
            if (key === undefined) {
                ctx.report("addonMissing");
            } else if (addons[key]?.enabled !== true) {
                ctx.report("addonDisabled", { addon: `addonProfiles.${key}` });
            }
        },
    },
});
