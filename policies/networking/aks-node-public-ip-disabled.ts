import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "aks-node-public-ip-disabled",
    description: "AKS nodes have no public IP address of their own: enableNodePublicIP is not true on any pool.",
    area: "networking",
    severity: "medium",
    // NS-1: a node reachable from the Internet sits outside the segmentation the cluster's virtual network gives it,
    // bypassing its load balancer and outbound path.
    frameworks: { mcsb: ["NS-1"] },
    remediation: "Set enableNodePublicIP to false or leave it unset (the default) on each pool (agentPoolProfiles[] and " +
        "containerservice AgentPool); expose workloads through a load balancer or ingress instead.",
    messages: {
        poolNodePublicIp: "agentPoolProfiles[{{index}}].enableNodePublicIP is true, so each node gets a public IP address reachable from the Internet: set it to false.",
        nodePublicIp: "enableNodePublicIP is true, so each node gets a public IP address reachable from the Internet: set it to false.",
    },
    check: {
        // Default: enableNodePublicIP is false. Source: azure-native 3.28 ManagedClusterAgentPoolProfile and AgentPool
        // ("The default is false"), from REST spec Microsoft.ContainerService; see
        // https://learn.microsoft.com/azure/aks/use-node-public-ips
        managedCluster: (cluster, ctx) => ctx.each(cluster.agentPoolProfiles, (pool, index) => {
            if (pool.enableNodePublicIP === true) {
                ctx.report("poolNodePublicIp", { index });
            }
        }),
        aksAgentPool: (pool, ctx) => {
            if (pool.enableNodePublicIP === true) {
                ctx.report("nodePublicIp");
            }
        },
    },
});
