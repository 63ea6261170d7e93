import { VirtualMachine, VirtualMachineScaleSet } from "@pulumi/azure-native/compute";
import policy from "../../../policies/operating-system/vm-trusted-launch-vtpm-secure-boot";
import { resource, testResourcePolicy, unknown } from "../../tester";

const vm = (securityProfile: object) => resource(VirtualMachine, { resourceGroupName: "rg", securityProfile });
const vmss = (securityProfile: object) => resource(VirtualMachineScaleSet, {
    resourceGroupName: "rg", virtualMachineProfile: { securityProfile },
});
const both = { secureBootEnabled: true, vTpmEnabled: true };

testResourcePolicy(policy, {
    valid: [
        { name: "trusted launch with both on", resource: vm({ securityType: "TrustedLaunch", uefiSettings: both }) },
        { name: "confidential VM with both on", resource: vm({ securityType: "ConfidentialVM", uefiSettings: both }) },
        { name: "scale set, trusted launch with both on", resource: vmss({ securityType: "trustedlaunch", uefiSettings: both }) },
        { name: "no security type (Standard): nothing to check", resource: vm({ encryptionAtHost: true }) },
        { name: "no security profile", resource: resource(VirtualMachine, { resourceGroupName: "rg" }) },
    ],
    invalid: [
        {
            name: "trusted launch, uefiSettings unset: both off by default",
            resource: vm({ securityType: "TrustedLaunch" }),
            messages: [{ id: "vTpmOff", data: { prefix: "" } }, { id: "secureBootOff", data: { prefix: "" } }],
        },
        {
            name: "Secure Boot turned off",
            resource: vm({ securityType: "TrustedLaunch", uefiSettings: { vTpmEnabled: true, secureBootEnabled: false } }),
            messages: [{ id: "secureBootOff", data: { prefix: "" } }],
        },
        {
            name: "scale set, vTPM off",
            resource: vmss({ securityType: "ConfidentialVM", uefiSettings: { vTpmEnabled: false, secureBootEnabled: true } }),
            messages: [{ id: "vTpmOff", data: { prefix: "virtualMachineProfile." } }],
        },
    ],
    undecided: [
        { name: "security type from another resource", resource: vm({ securityType: unknown(), uefiSettings: both }) },
    ],
});
