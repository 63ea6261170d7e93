import { AgentPool, AgentPoolArgs, ManagedCluster, ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/identity-and-access/aks-node-local-ssh-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const cluster = (agentPoolProfiles: ManagedClusterArgs["agentPoolProfiles"]) => resource(ManagedCluster, { resourceGroupName: "rg", dnsPrefix: "aks", agentPoolProfiles });
const pool = (args: Partial<AgentPoolArgs>) => resource(AgentPool, { resourceGroupName: "rg", resourceName: "aks", ...args });

testResourcePolicy(policy, {
    valid: [
        { name: "SSH disabled on every pool", resource: cluster([{ name: "system", securityProfile: { sshAccess: "Disabled" } }, { name: "user", securityProfile: { sshAccess: "disabled" } }]) },
        { name: "Entra ID SSH (preview value)", resource: cluster([{ name: "system", securityProfile: { sshAccess: "EntraID" } }]) },
        { name: "Windows pool: not judged", resource: cluster([{ name: "system", securityProfile: { sshAccess: "Disabled" } }, { name: "win", osType: "Windows" }]) },
        { name: "unset, with flagUnset off", resource: cluster([{ name: "system" }]), config: { flagUnset: false } },
        { name: "separate pool, SSH disabled", resource: pool({ securityProfile: { sshAccess: "Disabled" } }) },
        { name: "separate Windows pool", resource: pool({ osType: "Windows" }) },
    ],
    invalid: [
        { name: "unset: LocalUser by default", resource: cluster([{ name: "system" }]), messages: [{ id: "poolSshDefault", data: { index: 0 } }] },
        { name: "security profile without sshAccess", resource: cluster([{ name: "system", securityProfile: { enableSecureBoot: true } }]), messages: ["poolSshDefault"] },
        { name: "LocalUser set", resource: cluster([{ name: "system", securityProfile: { sshAccess: "Disabled" } }, { name: "user", securityProfile: { sshAccess: "LocalUser" } }]),
            messages: [{ id: "poolSshLocalUser", data: { index: 1 } }] },
        { name: "LocalUser set, flagUnset off", resource: cluster([{ name: "system", securityProfile: { sshAccess: "LocalUser" } }]), config: { flagUnset: false }, messages: ["poolSshLocalUser"] },
        { name: "separate pool, unset", resource: pool({}), messages: ["sshDefault"] },
        { name: "separate pool, LocalUser", resource: pool({ osType: "Linux", securityProfile: { sshAccess: "LocalUser" } }), messages: ["sshLocalUser"] },
    ],
    undecided: [
        { name: "sshAccess from another resource", resource: cluster([{ name: "system", securityProfile: { sshAccess: unknown() } }]) },
        { name: "osType from another resource", resource: pool({ osType: unknown() }) },
    ],
});
