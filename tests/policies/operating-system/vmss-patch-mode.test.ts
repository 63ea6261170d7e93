import { VirtualMachineScaleSet } from "@pulumi/azure-native/compute";
import policy from "../../../policies/operating-system/vmss-patch-mode";
import { resource, testResourcePolicy, unknown } from "../../tester";

const flexible = (osProfile: object) => resource(VirtualMachineScaleSet, {
    resourceGroupName: "rg", orchestrationMode: "Flexible", virtualMachineProfile: { osProfile },
});

testResourcePolicy(policy, {
    valid: [
        { name: "Flexible Linux, AutomaticByPlatform", resource: flexible({ linuxConfiguration: { patchSettings: { patchMode: "AutomaticByPlatform" } } }) },
        { name: "Flexible Windows, AutomaticByPlatform", resource: flexible({ windowsConfiguration: { patchSettings: { patchMode: "AutomaticByPlatform" } } }) },
        {
            name: "Uniform (unset orchestration mode): guest patch modes do not apply",
            resource: resource(VirtualMachineScaleSet, { resourceGroupName: "rg", virtualMachineProfile: { osProfile: { linuxConfiguration: {} } } }),
        },
        {
            name: "unset Windows mode (AutomaticByOS) allowed by config",
            config: { allowedModes: ["AutomaticByOS"] },
            resource: flexible({ windowsConfiguration: {} }),
        },
    ],
    invalid: [
        {
            name: "Flexible Linux, unset: defaults to ImageDefault",
            resource: flexible({ linuxConfiguration: { disablePasswordAuthentication: true } }),
            messages: ["virtualMachineProfile.osProfile.linuxConfiguration.patchSettings.patchMode is unset, so it defaults to ImageDefault"],
        },
        {
            name: "Flexible Windows, unset: defaults to AutomaticByOS",
            resource: flexible({ windowsConfiguration: { provisionVMAgent: true } }),
            messages: ["virtualMachineProfile.osProfile.windowsConfiguration.patchSettings.patchMode is unset, so it defaults to AutomaticByOS"],
        },
    ],
    undecided: [
        { name: "patch mode from another resource", resource: flexible({ linuxConfiguration: { patchSettings: { patchMode: unknown() } } }) },
        {
            name: "orchestration mode from another resource",
            resource: resource(VirtualMachineScaleSet, { resourceGroupName: "rg", orchestrationMode: unknown(), virtualMachineProfile: { osProfile: { linuxConfiguration: {} } } }),
        },
    ],
});
