import { VirtualMachine } from "@pulumi/azure-native/compute";
import { Machine } from "@pulumi/azure-native/hybridcompute";
import policy from "../../../policies/operating-system/vm-patch-assessment-mode";
import { resource, testResourcePolicy, unknown } from "../../tester";

const vm = (osProfile: object, storageProfile?: object) => resource(VirtualMachine, { resourceGroupName: "rg", osProfile, storageProfile });
const arc = (osProfile?: object, osType?: string) => resource(Machine, { resourceGroupName: "rg", machineName: "arc01", osProfile, osType });
const automatic = { assessmentMode: "AutomaticByPlatform" };

testResourcePolicy(policy, {
    valid: [
        { name: "Linux, AutomaticByPlatform", resource: vm({ linuxConfiguration: { patchSettings: automatic } }) },
        { name: "Windows, AutomaticByPlatform", resource: vm({ windowsConfiguration: { patchSettings: { assessmentMode: "automaticbyplatform" } } }) },
        {
            name: "osType Windows: only the Windows configuration counts",
            resource: vm({ windowsConfiguration: { patchSettings: automatic }, linuxConfiguration: {} }, { osDisk: { createOption: "FromImage", osType: "Windows" } }),
        },
        { name: "Arc machine, Linux, AutomaticByPlatform", resource: arc({ linuxConfiguration: automatic }) },
        { name: "Arc machine, osType Windows", resource: arc({ windowsConfiguration: automatic }, "windows") },
    ],
    invalid: [
        {
            name: "Linux unset: defaults to ImageDefault",
            resource: vm({ linuxConfiguration: { patchSettings: { patchMode: "AutomaticByPlatform" } } }),
            messages: [{ id: "assessmentNotAutomatic", data: { path: "osProfile.linuxConfiguration.patchSettings.assessmentMode" } }],
        },
        {
            name: "Windows ImageDefault explicitly",
            resource: vm({ windowsConfiguration: { patchSettings: { assessmentMode: "ImageDefault" } } }),
            messages: [{ id: "assessmentNotAutomatic", data: { path: "osProfile.windowsConfiguration.patchSettings.assessmentMode" } }],
        },
        {
            name: "osType Linux, only a Windows configuration: Azure reads the Linux one, which is unset",
            resource: vm({ windowsConfiguration: { patchSettings: automatic } }, { osDisk: { createOption: "FromImage", osType: "Linux" } }),
            messages: [{ id: "assessmentNotAutomatic", data: { path: "osProfile.linuxConfiguration.patchSettings.assessmentMode" } }],
        },
        {
            name: "neither configuration: unset whatever the OS",
            resource: vm({ computerName: "host01" }),
            messages: [{ id: "assessmentUnset", data: {
                linux: "osProfile.linuxConfiguration.patchSettings.assessmentMode",
                windows: "osProfile.windowsConfiguration.patchSettings.assessmentMode" } }],
        },
        {
            name: "Arc machine without an OS profile",
            resource: arc(),
            messages: [{ id: "assessmentUnset", data: {
                linux: "osProfile.linuxConfiguration.assessmentMode", windows: "osProfile.windowsConfiguration.assessmentMode" } }],
        },
        {
            name: "Arc machine, Windows ImageDefault",
            resource: arc({ windowsConfiguration: { assessmentMode: "ImageDefault", patchMode: "AutomaticByPlatform" } }),
            messages: [{ id: "assessmentNotAutomatic", data: { path: "osProfile.windowsConfiguration.assessmentMode" } }],
        },
    ],
    undecided: [
        { name: "assessment mode from another resource", resource: vm({ linuxConfiguration: { patchSettings: { assessmentMode: unknown() } } }) },
        { name: "OS profile from another resource", resource: vm(unknown()) },
        { name: "Arc machine's OS type from another resource", resource: resource(Machine, { resourceGroupName: "rg", osType: unknown() }) },
    ],
});
