import { VirtualMachine } from "@pulumi/azure-native/compute";
import policy from "../../../policies/operating-system/vm-windows-automatic-updates";
import { resource, testResourcePolicy, unknown } from "../../tester";

const windowsVm = (windowsConfiguration: object) => resource(VirtualMachine, {
    resourceGroupName: "rg", osProfile: { computerName: "app01", windowsConfiguration },
});

testResourcePolicy(policy, {
    valid: [
        { name: "unset: defaults to true", resource: windowsVm({ timeZone: "UTC" }) },
        { name: "true", resource: windowsVm({ enableAutomaticUpdates: true }) },
        {
            name: "false with AutomaticByPlatform: Azure patches",
            resource: windowsVm({ enableAutomaticUpdates: false, patchSettings: { patchMode: "AutomaticByPlatform" } }),
        },
        { name: "Linux VM: out of scope", resource: resource(VirtualMachine, { resourceGroupName: "rg", osProfile: { linuxConfiguration: {} } }) },
    ],
    invalid: [
        {
            name: "false, patch mode unset (Manual)",
            resource: windowsVm({ enableAutomaticUpdates: false }),
            messages: ["noWindowsUpdates"],
        },
        {
            name: "false with Manual",
            resource: windowsVm({ enableAutomaticUpdates: false, patchSettings: { patchMode: "Manual" } }),
            messages: ["noWindowsUpdates"],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: windowsVm({ enableAutomaticUpdates: unknown() }) },
        { name: "false, patch mode unknown", resource: windowsVm({ enableAutomaticUpdates: false, patchSettings: { patchMode: unknown() } }) },
    ],
});
