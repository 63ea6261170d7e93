import { ContainerGroup } from "@pulumi/azure-native/containerinstance";
import policy from "../../../policies/data-protection/container-group-customer-managed-key";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = {
    resourceGroupName: "rg", osType: "Linux",
    containers: [{ name: "worker", image: "mcr.microsoft.com/azuredocs/aci-helloworld", resources: { requests: { cpu: 1, memoryInGB: 1.5 } } }],
};

testResourcePolicy(policy, {
    valid: [
        {
            name: "a Key Vault key",
            resource: resource(ContainerGroup, { ...base, encryptionProperties: { vaultBaseUrl: "https://kv-data.vault.azure.net", keyName: "aci-key", keyVersion: "0123456789abcdef0123456789abcdef" } }),
        },
        { name: "a vault URL unknown at preview", resource: resource(ContainerGroup, { ...base, encryptionProperties: { vaultBaseUrl: unknown(), keyName: "aci-key", keyVersion: unknown() } }) },
    ],
    invalid: [
        { name: "unset: Microsoft-managed keys", resource: resource(ContainerGroup, base), messages: ["serviceManagedKey"] },
    ],
    undecided: [
        { name: "encryption from another resource", resource: resource(ContainerGroup, { ...base, encryptionProperties: unknown() }) },
    ],
});
