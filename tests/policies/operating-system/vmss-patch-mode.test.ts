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
            messages: [{ id: "linuxDefault", data: { path: "virtualMachineProfile.osProfile.linuxConfiguration" } }],
        },
        {
            name: "Flexible Windows, unset: defaults to AutomaticByOS",
            resource: flexible({ windowsConfiguration: { provisionVMAgent: true } }),
            messages: [{ id: "windowsDefault", data: { path: "virtualMachineProfile.osProfile.windowsConfiguration" } }],
        },
        {
            name: "Flexible Windows, unset with enableAutomaticUpdates false: Manual",
            resource: flexible({ windowsConfiguration: { enableAutomaticUpdates: false } }),
            messages: [{ id: "windowsManual", data: { path: "virtualMachineProfile.osProfile.windowsConfiguration" } }],
        },
        {
            name: "Flexible Linux, ImageDefault explicitly",
            resource: flexible({ linuxConfiguration: { patchSettings: { patchMode: "ImageDefault" } } }),
            messages: [{ id: "modeNotAllowed", data: { path: "virtualMachineProfile.osProfile.linuxConfiguration" } }],
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
