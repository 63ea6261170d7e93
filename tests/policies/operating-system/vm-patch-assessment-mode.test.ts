import { VirtualMachine } from "@pulumi/azure-native/compute";
import policy from "../../../policies/operating-system/vm-patch-assessment-mode";
import { resource, testResourcePolicy, unknown } from "../../tester";

const vm = (osProfile: object) => resource(VirtualMachine, { resourceGroupName: "rg", osProfile });

testResourcePolicy(policy, {
    valid: [
        { name: "Linux, AutomaticByPlatform", resource: vm({ linuxConfiguration: { patchSettings: { assessmentMode: "AutomaticByPlatform" } } }) },
        { name: "Windows, AutomaticByPlatform", resource: vm({ windowsConfiguration: { patchSettings: { assessmentMode: "AutomaticByPlatform" } } }) },
        { name: "no OS configuration: OS unknown here", resource: vm({ computerName: "host01" }) },
    ],
    invalid: [
        {
            name: "Linux unset: defaults to ImageDefault",
            resource: vm({ linuxConfiguration: { patchSettings: { patchMode: "AutomaticByPlatform" } } }),
            messages: [{ id: "assessmentNotAutomatic", data: { path: "osProfile.linuxConfiguration" } }],
        },
        {
            name: "Windows ImageDefault explicitly",
            resource: vm({ windowsConfiguration: { patchSettings: { assessmentMode: "ImageDefault" } } }),
            messages: [{ id: "assessmentNotAutomatic", data: { path: "osProfile.windowsConfiguration" } }],
        },
    ],
    undecided: [
        { name: "assessment mode from another resource", resource: vm({ linuxConfiguration: { patchSettings: { assessmentMode: unknown() } } }) },
    ],
});
