import { NetworkInterface } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/vm-nic-no-public-ip";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };
const subnet = { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app" };

testResourcePolicy(policy, {
    valid: [
        { name: "private address only", resource: resource(NetworkInterface, { ...base, ipConfigurations: [{ name: "ipconfig1", subnet, privateIPAllocationMethod: "Dynamic" }] }) },
        { name: "unset: no ipConfigurations, no public IP", resource: resource(NetworkInterface, base) },
    ],
    invalid: [
        {
            name: "public IP by id, still unknown at preview",
            resource: resource(NetworkInterface, { ...base, ipConfigurations: [{ name: "ipconfig1", subnet, publicIPAddress: { id: unknown() } }] }),
            messages: [{ id: "publicIpAttached", data: { index: 0 } }],
        },
        {
            name: "the second configuration has a public IP",
            resource: resource(NetworkInterface, { ...base, ipConfigurations: [{ name: "private-config", subnet }, { name: "public-config", subnet, publicIPAddress: { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/vm-pip" } }] }),
            messages: [{ id: "publicIpAttached", data: { index: 1 } }],
        },
        {
            name: "a configuration with unknown fields does not hide the others",
            resource: resource(NetworkInterface, { ...base, ipConfigurations: [{ name: "a", publicIPAddress: unknown() }, { name: "b", publicIPAddress: { id: "pip" } }] }),
            messages: [{ id: "publicIpAttached", data: { index: 1 } }],
        },
    ],
    undecided: [
        { name: "configurations from another resource", resource: resource(NetworkInterface, { ...base, ipConfigurations: unknown() }) },
        { name: "public IP that may be unset", resource: resource(NetworkInterface, { ...base, ipConfigurations: [{ name: "a", publicIPAddress: unknown() }] }) },
    ],
});
