import { VirtualMachine } from "@pulumi/azure-native/compute";
import policy from "../../../policies/operating-system/vm-linux-patch-mode";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const linuxVm = (linuxConfiguration: object) => resource(VirtualMachine, {
    resourceGroupName: "rg", osProfile: { computerName: "web01", adminUsername: "azureuser", linuxConfiguration },
});

testResourcePolicy(policy, {
    valid: [
        { name: "AutomaticByPlatform", resource: linuxVm({ patchSettings: { patchMode: "AutomaticByPlatform" } }) },
        { name: "case-insensitive", resource: linuxVm({ patchSettings: { patchMode: "automaticbyplatform" } }) },
        {
            name: "ImageDefault allowed by config",
            config: { allowedModes: ["AutomaticByPlatform", "ImageDefault"] },
            resource: linuxVm({ patchSettings: { patchMode: "ImageDefault" } }),
        },
        {
            name: "unset (defaults to ImageDefault) allowed by config",
            config: { allowedModes: ["ImageDefault"] },
            resource: linuxVm({ disablePasswordAuthentication: true }),
        },
        { name: "Windows VM: out of scope", resource: resource(VirtualMachine, { resourceGroupName: "rg", osProfile: { windowsConfiguration: {} } }) },
        { name: "no linuxConfiguration: OS unknown here", resource: resource(VirtualMachine, { resourceGroupName: "rg", osProfile: { computerName: "web01" } }) },
        { name: "attached OS disk, no osProfile", resource: resource(VirtualMachine, { resourceGroupName: "rg" }) },
    ],
    invalid: [
        {
            name: "unset: defaults to ImageDefault",
            resource: linuxVm({ disablePasswordAuthentication: true }),
            messages: [{ id: "linuxDefault", data: { path: "osProfile.linuxConfiguration" } }],
        },
        {
            name: "patchSettings without patchMode: defaults to ImageDefault",
            resource: linuxVm({ patchSettings: { assessmentMode: "AutomaticByPlatform" } }),
            messages: ["linuxDefault"],
        },
        {
            name: "ImageDefault explicitly",
            resource: linuxVm({ patchSettings: { patchMode: "ImageDefault" } }),
            messages: [{ id: "modeNotAllowed", data: { path: "osProfile.linuxConfiguration" } }],
        },
        {
            name: "AutomaticByPlatform not in a custom config",
            config: { allowedModes: ["ImageDefault"] },
            resource: linuxVm({ patchSettings: { patchMode: "AutomaticByPlatform" } }),
            messages: ["modeNotAllowed"],
        },
        {
            name: "a patch mode that is not a string is not an allowed one",
            resource: linuxVm({ patchSettings: { patchMode: untyped(7) } }),
            messages: ["modeNotAllowed"],
        },
    ],
    undecided: [
        { name: "patch mode from another resource", resource: linuxVm({ patchSettings: { patchMode: unknown() } }) },
    ],
});
