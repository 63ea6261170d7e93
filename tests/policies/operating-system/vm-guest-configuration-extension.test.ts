import { VirtualMachine, VirtualMachineExtension } from "@pulumi/azure-native/compute";
import type { VirtualMachineArgs } from "@pulumi/azure-native/compute";
import policy from "../../../policies/operating-system/vm-guest-configuration-extension";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const required = { requireInStack: true };
const windowsImage = { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2022-datacenter-azure-edition", version: "latest" };
const system = { type: "SystemAssigned" } as const;

const vm = (name: string, vmName: string, more: Partial<VirtualMachineArgs> = {}): StackTestResource => ({
    name, ...resource(VirtualMachine, { ...rg, vmName, storageProfile: { imageReference: windowsImage }, identity: system, ...more }),
});
const extension = (name: string, vmName: string, publisher = "Microsoft.GuestConfiguration"): StackTestResource => ({
    name, ...resource(VirtualMachineExtension, { ...rg, vmName, publisher, type: "ConfigurationforWindows", typeHandlerVersion: "1.29" }),
});

testStackPolicy(policy, {
    valid: [
        {
            name: "a VM with the extension and a system-assigned identity (names compared case-insensitively)",
            config: required,
            resources: [vm("vm", "vm-app"), extension("gc", "VM-APP")],
        },
        {
            name: "both identities",
            config: required,
            resources: [vm("vm", "vm-app", { identity: { type: "SystemAssigned, UserAssigned", userAssignedIdentities: ["/x"] } }),
                extension("gc", "vm-app")],
        },
        {
            name: "first preview: the extension's vmName is unknown and depends on the VM",
            config: required,
            resources: [vm("vm", "vm-app"), { ...extension("gc", "x"), ...resource(VirtualMachineExtension, {
                ...rg, vmName: unknown(), publisher: "Microsoft.GuestConfiguration" }), dependsOn: { vmName: ["vm"] } }],
        },
        {
            name: "images the definition leaves out: Windows Server 2008 and CentOS 6",
            config: required,
            resources: [vm("w2008", "vm-2008", { storageProfile: { imageReference: { ...windowsImage, sku: "2008-R2-SP1" } } }),
                vm("centos", "vm-centos", { storageProfile: { imageReference: { publisher: "OpenLogic", offer: "CentOS", sku: "6.10", version: "latest" } } })],
        },
    ],
    invalid: [
        {
            name: "a VM without the extension, another VM's extension, and another publisher's",
            config: required,
            resources: [vm("vm", "vm-app"), extension("cse", "vm-app", "Microsoft.Compute"), vm("other", "vm-other"), extension("gc", "vm-other")],
            violations: [{ resource: "vm", message: "noGuestConfiguration" }],
        },
        {
            name: "the extension on a VM without a system-assigned identity (reported whatever requireInStack says)",
            resources: [vm("vm", "vm-app", { identity: { type: "UserAssigned", userAssignedIdentities: ["/x"] } }), extension("gc", "vm-app"),
                vm("none", "vm-none", { identity: undefined }), extension("gc2", "vm-none")],
            violations: [{ resource: "vm", message: "noSystemIdentity" }, { resource: "none", message: "noSystemIdentity" }],
        },
        {
            name: "requireInStack: an extension whose VM is not in this stack",
            config: required,
            resources: [vm("vm", "vm-app"), extension("gc", "vm-app"), extension("gc-far", "vm-elsewhere"),
                extension("cse-far", "vm-elsewhere", "Microsoft.Compute")],
            violations: [{ resource: "gc-far", message: "vmElsewhere" }],
        },
    ],
    undecided: [
        {
            name: "requireInStack off (the default): an extension whose VM another stack declares",
            resources: [extension("gc", "vm-elsewhere")],
        },
        {
            name: "requireInStack off (the default): Azure Policy's DeployIfNotExists may install it",
            resources: [vm("vm", "vm-app")],
        },
        {
            name: "the extension's vmName is unknown and depends on nothing in the stack",
            config: required,
            resources: [vm("vm", "vm-app"), { name: "gc", ...resource(VirtualMachineExtension, {
                ...rg, vmName: unknown(), publisher: "Microsoft.GuestConfiguration" }) }],
        },
        {
            name: "the VM's identity type is unknown",
            resources: [vm("vm", "vm-app", { identity: { type: unknown() } }), extension("gc", "vm-app")],
        },
    ],
});
