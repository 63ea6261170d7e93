import { VirtualMachine, VirtualMachineScaleSet } from "@pulumi/azure-native/compute";
import policy from "../../../policies/data-protection/vm-encryption-at-host";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "VM with encryption at host", resource: resource(VirtualMachine, { ...base, securityProfile: { encryptionAtHost: true } }) },
        { name: "scale set with encryption at host", resource: resource(VirtualMachineScaleSet, { ...base, virtualMachineProfile: { securityProfile: { encryptionAtHost: true } } }) },
        { name: "flexible scale set without a VM model", resource: resource(VirtualMachineScaleSet, { ...base, orchestrationMode: "Flexible", platformFaultDomainCount: 1 }) },
    ],
    invalid: [
        {
            name: "VM unset: off by default",
            resource: resource(VirtualMachine, base),
            messages: [{ id: "hostEncryptionOff", data: { prefix: "" } }],
        },
        {
            name: "VM with trusted launch but no encryption at host",
            resource: resource(VirtualMachine, { ...base, securityProfile: { securityType: "TrustedLaunch", encryptionAtHost: false } }),
            messages: [{ id: "hostEncryptionOff", data: { prefix: "" } }],
        },
        {
            name: "scale set VM model unset: off by default",
            resource: resource(VirtualMachineScaleSet, { ...base, virtualMachineProfile: { securityProfile: { securityType: "TrustedLaunch" } } }),
            messages: [{ id: "hostEncryptionOff", data: { prefix: "virtualMachineProfile." } }],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: resource(VirtualMachine, { ...base, securityProfile: { encryptionAtHost: unknown() } }) },
    ],
});
