import { VirtualMachine } from "@pulumi/azure-native/compute";
import policy from "../../../policies/operating-system/vm-windows-patch-mode";
import { resource, testResourcePolicy, unknown } from "../../tester";

const windowsVm = (windowsConfiguration: object) => resource(VirtualMachine, {
    resourceGroupName: "rg", osProfile: { computerName: "app01", adminUsername: "azureuser", windowsConfiguration },
});

testResourcePolicy(policy, {
    valid: [
        { name: "AutomaticByPlatform", resource: windowsVm({ patchSettings: { patchMode: "AutomaticByPlatform" } }) },
        {
            name: "unset (defaults to AutomaticByOS) allowed by config",
            config: { allowedModes: ["AutomaticByPlatform", "AutomaticByOS"] },
            resource: windowsVm({ timeZone: "UTC" }),
        },
        {
            name: "Manual allowed by config for a custom patching tool",
            config: { allowedModes: ["Manual"] },
            resource: windowsVm({ enableAutomaticUpdates: false, patchSettings: { patchMode: "Manual" } }),
        },
        { name: "Linux VM: out of scope", resource: resource(VirtualMachine, { resourceGroupName: "rg", osProfile: { linuxConfiguration: {} } }) },
    ],
    invalid: [
        {
            name: "unset: defaults to AutomaticByOS",
            resource: windowsVm({ timeZone: "UTC" }),
            messages: [{ id: "windowsDefault", data: { path: "osProfile.windowsConfiguration" } }],
        },
        {
            name: "unset with enableAutomaticUpdates false: Manual",
            resource: windowsVm({ enableAutomaticUpdates: false }),
            messages: [{ id: "windowsManual", data: { path: "osProfile.windowsConfiguration" } }],
        },
        {
            name: "unset with enableAutomaticUpdates false, AutomaticByOS allowed: still Manual",
            config: { allowedModes: ["AutomaticByOS"] },
            resource: windowsVm({ enableAutomaticUpdates: false }),
            messages: ["windowsManual"],
        },
        {
            name: "AutomaticByOS explicitly",
            resource: windowsVm({ patchSettings: { patchMode: "AutomaticByOS" } }),
            messages: [{ id: "modeNotAllowed", data: { path: "osProfile.windowsConfiguration" } }],
        },
    ],
    undecided: [
        { name: "patch mode from another resource", resource: windowsVm({ patchSettings: { patchMode: unknown() } }) },
        { name: "unset mode, automatic updates flag unknown", resource: windowsVm({ enableAutomaticUpdates: unknown() }) },
    ],
});
