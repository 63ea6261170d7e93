import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-node-encryption-at-host",
    description: "AKS node pools encrypt node data at the VM host (enableEncryptionAtHost), so temporary disks are encrypted at rest and disk data flows encrypted to storage.",
    area: "data-protection",
    severity: "medium",
    // DP-4: encryption at host covers what managed-disk (server-side) encryption leaves out: the nodes' temporary
    // disks, and disk data between the host and Azure Storage.
    frameworks: { mcsb: ["DP-4"] },
    remediation: "Set enableEncryptionAtHost to true on each pool (agentPoolProfiles[] and containerservice AgentPool). " +
        "The subscription needs the Microsoft.Compute EncryptionAtHost feature registered, and the VM size must " +
        "support it; an existing pool cannot be changed: add a new pool and move the workloads.",
    noFix: "it needs the EncryptionAtHost feature registered on the subscription and a VM size that supports it, and new node pools",
    messages: {
        poolHostEncryptionOff: "agentPoolProfiles[{{index}}].enableEncryptionAtHost is not true (unset means false), so the nodes' temporary disks are not encrypted at rest and disk data leaves the host unencrypted: set it to true.",
        hostEncryptionOff: "enableEncryptionAtHost is not true (unset means false), so the nodes' temporary disks are not encrypted at rest and disk data leaves the host unencrypted: set it to true.",
    },
    check: {
        // Default: off; AKS disks get server-side encryption only, and host-based encryption is chosen when a pool is
        // created. Source: https://learn.microsoft.com/azure/aks/enable-host-encryption
        managedCluster: (cluster, ctx) => ctx.each(cluster.agentPoolProfiles, (pool, index) => {
            if (pool.enableEncryptionAtHost !== true) {
                ctx.report("poolHostEncryptionOff", { index });
            }
        }),
        aksAgentPool: (pool, ctx) => {
            if (pool.enableEncryptionAtHost !== true) {
                ctx.report("hostEncryptionOff");
            }
        },
    },
});
