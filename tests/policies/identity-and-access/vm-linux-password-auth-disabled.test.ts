import { VirtualMachine, VirtualMachineScaleSet } from "@pulumi/azure-native/compute";
import policy from "../../../policies/identity-and-access/vm-linux-password-auth-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const keys = { ssh: { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: "ssh-ed25519 AAAAC3Nza" }] } };
const vm = (osProfile: object) => resource(VirtualMachine, { ...rg, osProfile });
const vmss = (osProfile: object) => resource(VirtualMachineScaleSet, { ...rg, virtualMachineProfile: { osProfile } });

testResourcePolicy(policy, {
    valid: [
        { name: "Linux VM with SSH keys only", resource: vm({ adminUsername: "azureuser", linuxConfiguration: { ...keys, disablePasswordAuthentication: true } }) },
        { name: "Linux scale set with SSH keys only", resource: vmss({ linuxConfiguration: { ...keys, disablePasswordAuthentication: true } }) },
        { name: "Windows VM: out of scope", resource: vm({ adminUsername: "azureuser", adminPassword: "Secret-P4ssword", windowsConfiguration: {} }) },
        { name: "VM without osProfile (attached disk)", resource: resource(VirtualMachine, rg) },
    ],
    invalid: [
        {
            name: "Linux VM with password authentication",
            resource: vm({ adminUsername: "azureuser", adminPassword: "Secret-P4ssword", linuxConfiguration: { disablePasswordAuthentication: false } }),
            messages: [{ id: "passwordAuthEnabled", data: { prefix: "" } }],
        },
        {
            name: "Linux scale set unset: defaults to false (passwords allowed)",
            resource: vmss({ linuxConfiguration: keys }),
            messages: [{ id: "passwordAuthEnabled", data: { prefix: "virtualMachineProfile." } }],
        },
    ],
    undecided: [
        { name: "flag from config", resource: vm({ linuxConfiguration: { disablePasswordAuthentication: unknown() } }) },
    ],
});
