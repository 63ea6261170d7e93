import { ContainerGroup } from "@pulumi/azure-native/containerinstance";
import policy from "../../../policies/networking/container-group-no-public-ip";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = {
    resourceGroupName: "rg", osType: "Linux",
    containers: [{ name: "web", image: "mcr.microsoft.com/azuredocs/aci-helloworld", resources: { requests: { cpu: 1, memoryInGB: 1.5 } }, ports: [{ port: 443 }] }],
};

testResourcePolicy(policy, {
    valid: [
        { name: "no IP address: no inbound traffic", resource: resource(ContainerGroup, base) },
        {
            name: "private IP in a subnet",
            resource: resource(ContainerGroup, { ...base, subnetIds: [{ id: unknown() }], ipAddress: { type: "Private", ports: [{ port: 443 }] } }),
        },
    ],
    invalid: [
        { name: "public IP", resource: resource(ContainerGroup, { ...base, ipAddress: { type: "Public", ports: [{ port: 443 }] } }), messages: ["publicIp"] },
        { name: "public IP, case-insensitive", resource: resource(ContainerGroup, { ...base, ipAddress: { type: "public", ports: [{ port: 443 }] } }), messages: ["publicIp"] },
    ],
    undecided: [
        { name: "IP type from config", resource: resource(ContainerGroup, { ...base, ipAddress: { type: unknown(), ports: [{ port: 443 }] } }) },
    ],
});
