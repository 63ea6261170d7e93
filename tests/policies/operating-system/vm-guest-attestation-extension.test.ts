import { VirtualMachine, VirtualMachineExtension, VirtualMachineScaleSet, VirtualMachineScaleSetExtension } from "@pulumi/azure-native/compute";
import type { VirtualMachineArgs, VirtualMachineScaleSetArgs } from "@pulumi/azure-native/compute";
import policy from "../../../policies/operating-system/vm-guest-attestation-extension";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const required = { requireInStack: true };
const trusted = { securityType: "TrustedLaunch", uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } };
const windowsImage = { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2022-datacenter-azure-edition", version: "latest" };
const ubuntu = { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" };
const customImage = { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i" };

const vm = (name: string, vmName: string, more: Partial<VirtualMachineArgs> = {}): StackTestResource => ({
    name, ...resource(VirtualMachine, { ...rg, vmName, securityProfile: trusted, storageProfile: { imageReference: windowsImage }, ...more }),
});
const linuxVm = (name: string, vmName: string) => vm(name, vmName, {
    storageProfile: { imageReference: ubuntu, osDisk: { createOption: "FromImage", osType: "Linux" } },
});
const extension = (name: string, vmName: string, publisher: string, type = "GuestAttestation"): StackTestResource => ({
    name, ...resource(VirtualMachineExtension, { ...rg, vmName, publisher, type, typeHandlerVersion: "1.0" }),
});
const scaleSet = (name: string, vmScaleSetName: string, profile: Partial<NonNullable<VirtualMachineScaleSetArgs["virtualMachineProfile"]>> = {}):
    StackTestResource => ({
    name, ...resource(VirtualMachineScaleSet, {
        ...rg, vmScaleSetName,
        virtualMachineProfile: { securityProfile: trusted, storageProfile: { imageReference: windowsImage }, ...profile },
    }),
});
const windows = "Microsoft.Azure.Security.WindowsAttestation";
const linux = "Microsoft.Azure.Security.LinuxAttestation";

testStackPolicy(policy, {
    valid: [
        {
            name: "a Windows trusted launch VM with the Windows attestation extension (names compared case-insensitively)",
            config: required,
            resources: [vm("vm", "vm-app"), extension("ga", "VM-APP", windows)],
        },
        {
            name: "a Linux VM with the Linux extension",
            config: required,
            resources: [linuxVm("vm", "vm-app"), extension("ga", "vm-app", linux)],
        },
        {
            name: "first preview: the extension's vmName is unknown and depends on the VM",
            config: required,
            resources: [vm("vm", "vm-app"), { ...extension("ga", "x", windows), ...resource(VirtualMachineExtension, {
                ...rg, vmName: unknown(), publisher: windows, type: "GuestAttestation" }), dependsOn: { vmName: ["vm"] } }],
        },
        {
            name: "a custom image whose OS the inputs do not say: either attestation extension counts",
            config: required,
            resources: [vm("vm", "vm-app", { storageProfile: { imageReference: customImage } }), extension("ga", "vm-app", linux)],
        },
        {
            name: "a Standard VM, and a trusted launch VM without Secure Boot, are out of scope",
            config: required,
            resources: [vm("std", "vm-std", { securityProfile: {} }),
                vm("nosb", "vm-nosb", { securityProfile: { ...trusted, uefiSettings: { vTpmEnabled: true } } })],
        },
        {
            name: "a scale set with the extension inline",
            config: required,
            resources: [scaleSet("vmss", "vmss-app", {
                extensionProfile: { extensions: [{ name: "ga", publisher: windows, type: "GuestAttestation", typeHandlerVersion: "1.0" }] },
            })],
        },
        {
            name: "a scale set with a separate scale set extension",
            config: required,
            resources: [scaleSet("vmss", "vmss-app"), {
                name: "ga", ...resource(VirtualMachineScaleSetExtension, { ...rg, vmScaleSetName: "vmss-app", publisher: windows, type: "GuestAttestation" }),
            }],
        },
    ],
    invalid: [
        {
            name: "a Windows VM without the extension",
            config: required,
            resources: [vm("vm", "vm-app")],
            violations: [{ resource: "vm", message: "noWindowsAttestation" }],
        },
        {
            name: "a Linux VM with the Windows extension only",
            config: required,
            resources: [linuxVm("vm", "vm-app"), extension("ga", "vm-app", windows)],
            violations: [{ resource: "vm", message: "noLinuxAttestation" }],
        },
        {
            name: "a custom-image VM whose extension is another one, and one on another VM",
            config: required,
            resources: [vm("vm", "vm-app", { storageProfile: { imageReference: customImage } }), extension("ga", "vm-app", windows, "CustomScriptExtension"),
                vm("other", "vm-other"), extension("ga2", "vm-other", windows)],
            violations: [{ resource: "vm", message: "noAttestation" }],
        },
        {
            name: "a Windows scale set whose inline extensions leave attestation out",
            config: required,
            resources: [scaleSet("vmss", "vmss-app", {
                extensionProfile: { extensions: [{ name: "cse", publisher: "Microsoft.Compute", type: "CustomScriptExtension" }] },
            })],
            violations: [{ resource: "vmss", message: "noWindowsAttestation" }],
        },
    ],
    undecided: [
        {
            name: "requireInStack off (the default): Defender for Cloud's DeployIfNotExists may install it",
            resources: [vm("vm", "vm-app")],
        },
        {
            name: "the extension's vmName is unknown and depends on nothing in the stack",
            config: required,
            resources: [vm("vm", "vm-app"), { name: "ga", ...resource(VirtualMachineExtension, {
                ...rg, vmName: unknown(), publisher: windows, type: "GuestAttestation" }) }],
        },
        {
            name: "the security type is unknown",
            config: required,
            resources: [vm("vm", "vm-app", { securityProfile: { ...trusted, securityType: unknown() } })],
        },
    ],
});
