import { VirtualMachineScaleSet } from "@pulumi/azure-native/compute";
import policy from "../../../policies/operating-system/vmss-automatic-os-upgrade";
import { resource, testResourcePolicy, unknown } from "../../tester";

const linux = { linuxConfiguration: { disablePasswordAuthentication: true } };
const vmss = (args: object) => resource(VirtualMachineScaleSet, {
    resourceGroupName: "rg", virtualMachineProfile: { osProfile: linux }, ...args,
});

testResourcePolicy(policy, {
    valid: [
        { name: "automatic OS upgrade on", resource: vmss({ upgradePolicy: { automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true } } }) },
        {
            name: "Flexible, guest patched by the platform",
            resource: vmss({
                orchestrationMode: "Flexible",
                virtualMachineProfile: { osProfile: { linuxConfiguration: { patchSettings: { patchMode: "AutomaticByPlatform" } } } },
            }),
        },
        { name: "Flexible scale set of attached VMs (no VM model)", resource: resource(VirtualMachineScaleSet, { resourceGroupName: "rg", orchestrationMode: "Flexible" }) },
    ],
    invalid: [
        {
            name: "unset: defaults to false",
            resource: vmss({}),
            messages: ["automaticOsUpgradeOff"],
        },
        {
            name: "explicitly false",
            resource: vmss({ upgradePolicy: { mode: "Rolling", automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: false } } }),
            messages: ["automaticOsUpgradeOff"],
        },
        {
            name: "Uniform (the default) with AutomaticByPlatform: guest patching does not apply",
            resource: vmss({ virtualMachineProfile: { osProfile: { linuxConfiguration: { patchSettings: { patchMode: "AutomaticByPlatform" } } } } }),
            messages: ["automaticOsUpgradeOff"],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: vmss({ upgradePolicy: { automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: unknown() } } }) },
    ],
});
