import { AgentPool, AgentPoolArgs, ManagedCluster, ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/data-protection/aks-node-encryption-at-host";
import { resource, testResourcePolicy, unknown } from "../../tester";

const cluster = (agentPoolProfiles: ManagedClusterArgs["agentPoolProfiles"]) => resource(ManagedCluster, { resourceGroupName: "rg", dnsPrefix: "aks", agentPoolProfiles });
const pool = (args: Partial<AgentPoolArgs>) => resource(AgentPool, { resourceGroupName: "rg", resourceName: "aks", ...args });

testResourcePolicy(policy, {
    valid: [
        { name: "every pool encrypts at host", resource: cluster([{ name: "system", enableEncryptionAtHost: true }, { name: "user", enableEncryptionAtHost: true }]) },
        { name: "no pools inline", resource: resource(ManagedCluster, { resourceGroupName: "rg" }) },
        { name: "separate pool encrypts at host", resource: pool({ enableEncryptionAtHost: true }) },
    ],
    invalid: [
        { name: "unset: false by default", resource: cluster([{ name: "system" }]), messages: [{ id: "poolHostEncryptionOff", data: { index: 0 } }] },
        { name: "one pool of two off", resource: cluster([{ name: "system", enableEncryptionAtHost: true }, { name: "user", enableEncryptionAtHost: false }]),
            messages: [{ id: "poolHostEncryptionOff", data: { index: 1 } }] },
        { name: "separate pool, unset", resource: pool({}), messages: ["hostEncryptionOff"] },
        { name: "separate pool, false", resource: pool({ enableEncryptionAtHost: false }), messages: ["hostEncryptionOff"] },
    ],
    undecided: [
        { name: "pool setting from another resource", resource: cluster([{ name: "system", enableEncryptionAtHost: unknown() }]) },
        { name: "separate pool setting from another resource", resource: pool({ enableEncryptionAtHost: unknown() }) },
    ],
});
