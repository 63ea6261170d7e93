import { VirtualMachine, VirtualMachineExtension } from "@pulumi/azure-native/compute";
import type { VirtualMachineArgs } from "@pulumi/azure-native/compute";
import policy from "../../../policies/monitoring-and-logging/vm-dependency-agent-extension";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const required = { requireInStack: true };
const agentPublisher = "Microsoft.Azure.Monitoring.DependencyAgent";
const ubuntu1804 = { publisher: "Canonical", offer: "UbuntuServer", sku: "18.04-LTS", version: "latest" };
const rhel7 = { publisher: "redhat", offer: "RHEL", sku: "7_9", version: "latest" };
const ws2019 = { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2019-Datacenter", version: "latest" };
const sql2016 = { publisher: "MicrosoftSQLServer", offer: "SQL2016SP2-WS2016", sku: "Standard", version: "latest" };
const ubuntu2404 = { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" };
const ws2022 = { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2022-datacenter-azure-edition", version: "latest" };
const gallery = { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i" };

const vm = (name: string, vmName: string, imageReference: object, more: Partial<VirtualMachineArgs> = {}): StackTestResource => ({
    name, ...resource(VirtualMachine, { ...rg, vmName, storageProfile: { imageReference }, ...more }),
});
const extension = (name: string, vmName: string, type: string, publisher = agentPublisher): StackTestResource => ({
    name, ...resource(VirtualMachineExtension, { ...rg, vmName, publisher, type, typeHandlerVersion: "9.10", autoUpgradeMinorVersion: true }),
});

testStackPolicy(policy, {
    valid: [
        {
            name: "an Ubuntu 18.04 VM with the Linux agent (names compared case-insensitively)",
            config: required,
            resources: [vm("vm", "vm-app", ubuntu1804), extension("da", "VM-APP", "DependencyAgentLinux")],
        },
        {
            name: "a Windows Server 2019 VM and a SQL Server on 2016 VM, each with the Windows agent",
            config: required,
            resources: [vm("vm", "vm-app", ws2019), extension("da", "vm-app", "DependencyAgentWindows"),
                vm("sql", "vm-sql", sql2016), extension("da2", "vm-sql", "dependencyagentwindows")],
        },
        {
            name: "first preview: the extension's vmName is unknown and depends on the VM",
            config: required,
            resources: [vm("vm", "vm-app", rhel7), { ...resource(VirtualMachineExtension, {
                ...rg, vmName: unknown(), publisher: agentPublisher, type: "DependencyAgentLinux" }), name: "da", dependsOn: { vmName: ["vm"] } }],
        },
        {
            name: "VMs from images the definitions do not list (newer releases, gallery images, attached disks) are out of scope",
            config: required,
            resources: [vm("u24", "vm-u24", ubuntu2404), vm("w22", "vm-w22", ws2022), vm("gal", "vm-gal", gallery),
                { name: "att", ...resource(VirtualMachine, { ...rg, vmName: "vm-att", storageProfile: {
                    osDisk: { createOption: "Attach", osType: "Linux", managedDisk: { id: "/subscriptions/s/disks/d" } } } }) }],
        },
    ],
    invalid: [
        {
            name: "an Ubuntu 18.04 VM without the agent",
            config: required,
            resources: [vm("vm", "vm-app", ubuntu1804)],
            violations: [{ resource: "vm", message: "noLinuxAgent" }],
        },
        {
            name: "a Windows Server 2019 VM with the Linux agent, and one whose agent sits on another VM",
            config: required,
            resources: [vm("vm", "vm-app", ws2019), extension("da", "vm-app", "DependencyAgentLinux"),
                vm("other", "vm-other", ws2019), extension("da2", "vm-third", "DependencyAgentWindows")],
            violations: [{ resource: "vm", message: "noWindowsAgent" }, { resource: "other", message: "noWindowsAgent" }],
        },
        {
            name: "a RHEL 7 VM whose extension comes from another publisher",
            config: required,
            resources: [vm("vm", "vm-app", rhel7), extension("da", "vm-app", "DependencyAgentLinux", "Contoso.Agents")],
            violations: [{ resource: "vm", message: "noLinuxAgent" }],
        },
    ],
    undecided: [
        {
            name: "requireInStack off (the default): VM insights' DeployIfNotExists may install it",
            resources: [vm("vm", "vm-app", ubuntu1804)],
        },
        {
            name: "the image's sku is unknown",
            config: required,
            resources: [vm("vm", "vm-app", { ...ubuntu1804, sku: unknown() })],
        },
        {
            name: "the extension's vmName is unknown and depends on nothing in the stack",
            config: required,
            resources: [vm("vm", "vm-app", ws2019), { name: "da", ...resource(VirtualMachineExtension, {
                ...rg, vmName: unknown(), publisher: agentPublisher, type: "DependencyAgentWindows" }) }],
        },
    ],
});
