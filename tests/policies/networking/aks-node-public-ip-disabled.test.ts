import { AgentPool, AgentPoolArgs, ManagedCluster, ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/networking/aks-node-public-ip-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const cluster = (agentPoolProfiles: ManagedClusterArgs["agentPoolProfiles"]) => resource(ManagedCluster, { resourceGroupName: "rg", dnsPrefix: "aks", agentPoolProfiles });
const pool = (args: Partial<AgentPoolArgs>) => resource(AgentPool, { resourceGroupName: "rg", resourceName: "aks", ...args });

testResourcePolicy(policy, {
    valid: [
        { name: "unset: false by default", resource: cluster([{ name: "system", mode: "System" }]) },
        { name: "false", resource: cluster([{ name: "system", enableNodePublicIP: false }]) },
        { name: "no pools inline", resource: resource(ManagedCluster, { resourceGroupName: "rg" }) },
        { name: "separate pool, unset", resource: pool({}) },
        { name: "separate pool, false", resource: pool({ enableNodePublicIP: false }) },
    ],
    invalid: [
        { name: "second pool with public node IPs", resource: cluster([{ name: "system" }, { name: "games", enableNodePublicIP: true }]),
            messages: [{ id: "poolNodePublicIp", data: { index: 1 } }] },
        { name: "separate pool with public node IPs", resource: pool({ enableNodePublicIP: true }), messages: ["nodePublicIp"] },
    ],
    undecided: [
        { name: "pool setting from another resource", resource: cluster([{ name: "system", enableNodePublicIP: unknown() }]) },
        { name: "separate pool setting from another resource", resource: pool({ enableNodePublicIP: unknown() }) },
    ],
});
