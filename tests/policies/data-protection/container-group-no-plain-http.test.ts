import { ContainerGroup } from "@pulumi/azure-native/containerinstance";
import policy from "../../../policies/data-protection/container-group-no-plain-http";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = {
    resourceGroupName: "rg", osType: "Linux",
    containers: [{ name: "web", image: "mcr.microsoft.com/azuredocs/aci-helloworld", resources: { requests: { cpu: 1, memoryInGB: 1.5 } } }],
};

testResourcePolicy(policy, {
    valid: [
        { name: "public IP serving 443 only", resource: resource(ContainerGroup, { ...base, ipAddress: { type: "Public", ports: [{ port: 443 }] } }) },
        { name: "private IP with port 80", resource: resource(ContainerGroup, { ...base, subnetIds: [{ id: unknown() }], ipAddress: { type: "Private", ports: [{ port: 80 }] } }) },
        { name: "public UDP port 80 is not HTTP", resource: resource(ContainerGroup, { ...base, ipAddress: { type: "Public", ports: [{ port: 80, protocol: "UDP" }] } }) },
        { name: "another TCP port at the default config", resource: resource(ContainerGroup, { ...base, ipAddress: { type: "Public", ports: [{ port: 8443 }] } }) },
        { name: "no IP address", resource: resource(ContainerGroup, base) },
    ],
    invalid: [
        {
            name: "public IP with port 80 (TCP by default)",
            resource: resource(ContainerGroup, { ...base, ipAddress: { type: "Public", ports: [{ port: 443 }, { port: 80 }] } }),
            messages: [{ id: "plainHttpPort", data: { index: 1 } }],
        },
        {
            name: "public IP with TCP port 80",
            resource: resource(ContainerGroup, { ...base, ipAddress: { type: "Public", ports: [{ port: 80, protocol: "tcp" }] } }),
            messages: [{ id: "plainHttpPort", data: { index: 0 } }],
        },
        {
            name: "TLS ports only: 8080 and 80 flagged",
            resource: resource(ContainerGroup, { ...base, ipAddress: { type: "Public", ports: [{ port: 8080 }, { port: 443 }, { port: 80 }] } }),
            config: { tlsPortsOnly: true },
            messages: [{ id: "nonTlsPort", data: { index: 0 } }, { id: "plainHttpPort", data: { index: 2 } }],
        },
    ],
    undecided: [
        { name: "port from config", resource: resource(ContainerGroup, { ...base, ipAddress: { type: "Public", ports: [{ port: unknown() }] } }) },
        { name: "IP type from config", resource: resource(ContainerGroup, { ...base, ipAddress: { type: unknown(), ports: [{ port: 80 }] } }) },
    ],
});
