import { VirtualMachine, VirtualMachineScaleSet } from "@pulumi/azure-native/compute";
import policy from "../../../policies/operating-system/vm-agent-provisioned";
import { resource, testResourcePolicy, unknown } from "../../tester";

const vm = (osProfile: object) => resource(VirtualMachine, { resourceGroupName: "rg", osProfile });
const vmss = (osProfile: object) => resource(VirtualMachineScaleSet, {
    resourceGroupName: "rg", virtualMachineProfile: { osProfile },
});

testResourcePolicy(policy, {
    valid: [
        { name: "unset: defaults to true", resource: vm({ linuxConfiguration: { disablePasswordAuthentication: true } }) },
        { name: "Windows, true", resource: vm({ windowsConfiguration: { provisionVMAgent: true } }) },
        { name: "scale set, unset: defaults to true", resource: vmss({ windowsConfiguration: {} }) },
        { name: "scale set without a VM model", resource: resource(VirtualMachineScaleSet, { resourceGroupName: "rg", orchestrationMode: "Flexible" }) },
    ],
    invalid: [
        {
            name: "Linux VM without the agent",
            resource: vm({ linuxConfiguration: { provisionVMAgent: false } }),
            messages: [{ id: "agentNotProvisioned", data: { path: "osProfile.linuxConfiguration" } }],
        },
        {
            name: "Windows scale set without the agent",
            resource: vmss({ windowsConfiguration: { provisionVMAgent: false } }),
            messages: [{ id: "agentNotProvisioned", data: { path: "virtualMachineProfile.osProfile.windowsConfiguration" } }],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: vm({ linuxConfiguration: { provisionVMAgent: unknown() } }) },
    ],
});
