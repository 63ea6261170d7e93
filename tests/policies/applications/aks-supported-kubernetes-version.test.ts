import { AgentPool, AgentPoolArgs, ManagedCluster, ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/applications/aks-supported-kubernetes-version";
import { resource, testResourcePolicy, unknown } from "../../tester";

// Cases stay true whatever the day: versions long past support (1.20 to 1.28, whose long-term support ended in
// 2026), and versions newer than the data ("1.45"), which nothing is known against.
const base = { resourceGroupName: "rg", dnsPrefix: "aks" };
const cluster = (args: Partial<ManagedClusterArgs>) => resource(ManagedCluster, { ...base, ...args });
const pool = (args: Partial<AgentPoolArgs>) => resource(AgentPool, { resourceGroupName: "rg", resourceName: "aks", ...args });
const lts = { sku: { name: "Base", tier: "Premium" }, supportPlan: "AKSLongTermSupport" };

testResourcePolicy(policy, {
    valid: [
        { name: "unset: AKS's default version", resource: cluster({ agentPoolProfiles: [{ name: "system", mode: "System", count: 1 }] }) },
        { name: "a version newer than the data", resource: cluster({ kubernetesVersion: "1.45", agentPoolProfiles: [{ name: "system", orchestratorVersion: "1.45.2" }] }) },
        { name: "not a version: not judged", resource: cluster({ kubernetesVersion: "latest" }) },
        { name: "at the minimum", resource: cluster({ kubernetesVersion: "1.45" }), config: { minimumVersion: "1.45" } },
        { name: "separate pool, unset: the cluster's version", resource: pool({}) },
        { name: "separate pool, newer than the data", resource: pool({ orchestratorVersion: "1.45" }) },
    ],
    invalid: [
        { name: "cluster on 1.24", resource: cluster({ kubernetesVersion: "1.24" }),
            messages: [{ id: "pastEndOfSupport", data: { path: "kubernetesVersion" } }] },
        { name: "patch form", resource: cluster({ kubernetesVersion: "1.26.6" }), messages: ["pastEndOfSupport"] },
        { name: "older than every entry", resource: cluster({ kubernetesVersion: "1.18.14" }), messages: ["pastEndOfSupport"] },
        { name: "an inline pool on an old version", resource: cluster({ kubernetesVersion: "1.45", agentPoolProfiles: [{ name: "system" }, { name: "user", orchestratorVersion: "1.20" }] }),
            messages: [{ id: "pastEndOfSupport", data: { path: "agentPoolProfiles[1].orchestratorVersion" } }] },
        { name: "LTS plan past its long-term support", resource: cluster({ ...lts, kubernetesVersion: "1.27" }),
            messages: [{ id: "pastLongTermSupport", data: { path: "kubernetesVersion" } }] },
        { name: "LTS plan on a version without LTS", resource: cluster({ ...lts, kubernetesVersion: "1.25" }), messages: ["pastEndOfSupport"] },
        { name: "below the organization's minimum", resource: cluster({ kubernetesVersion: "1.45" }), config: { minimumVersion: "1.49" },
            messages: [{ id: "belowMinimum", data: { path: "kubernetesVersion" } }] },
        { name: "separate pool past long-term support too", resource: pool({ orchestratorVersion: "1.28.5" }),
            messages: [{ id: "pastLongTermSupport", data: { path: "orchestratorVersion" } }] },
        { name: "separate pool on a version without LTS", resource: pool({ orchestratorVersion: "1.26" }), messages: ["pastEndOfSupport"] },
        { name: "separate pool judged on community support", resource: pool({ orchestratorVersion: "1.28" }),
            config: { separatePoolSupportPlan: "community" }, messages: ["pastEndOfSupport"] },
        { name: "separate pool below the minimum", resource: pool({ orchestratorVersion: "1.45" }), config: { minimumVersion: "1.49" },
            messages: ["belowMinimum"] },
    ],
    undecided: [
        { name: "version from another resource", resource: cluster({ kubernetesVersion: unknown() }) },
        { name: "pool version from another resource", resource: cluster({ agentPoolProfiles: [{ name: "system", orchestratorVersion: unknown() }] }) },
        { name: "support plan from another resource", resource: cluster({ supportPlan: unknown(), kubernetesVersion: "1.29" }) },
        { name: "separate pool version from another resource", resource: pool({ orchestratorVersion: unknown() }) },
    ],
});
