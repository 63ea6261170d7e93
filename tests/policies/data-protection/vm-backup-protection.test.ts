import { VirtualMachine } from "@pulumi/azure-native/compute";
import { ProtectedItem } from "@pulumi/azure-native/recoveryservices";
import policy from "../../../policies/data-protection/vm-backup-protection";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const vm = (name: string, vmName: string): StackTestResource => ({ name, ...resource(VirtualMachine, { ...rg, vmName }) });
const item = (name: string, sourceResourceId: string, more: { protectionState?: string } = {}) => ({
    name,
    ...resource(ProtectedItem, {
        ...rg, vaultName: "rsv", fabricName: "Azure", containerName: "container",
        properties: { protectedItemType: "Microsoft.Compute/virtualMachines", sourceResourceId, policyId: "policy", ...more },
    }),
});

testStackPolicy(policy, {
    valid: [
        {
            name: "first preview: sourceResourceId is unknown and properties depends on the VM",
            resources: [vm("vm", "vm-app"), { ...item("backup", unknown()), dependsOn: { properties: ["vm"] } }],
        },
        {
            name: "known ids: sourceResourceId is the VM's ARM id",
            resources: [vm("vm", "vm-app"),
                item("backup", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm-app")],
        },
    ],
    invalid: [
        {
            name: "a VM without a protected item",
            resources: [vm("vm", "vm-app")],
            violations: [{ resource: "vm", message: "vmNotBackedUp" }],
        },
        {
            name: "first preview: the only protected item depends on another VM",
            resources: [vm("vm1", "vm-one"), vm("vm2", "vm-two"), { ...item("backup", unknown()), dependsOn: { properties: ["vm1"] } }],
            violations: [{ resource: "vm2", message: "vmNotBackedUp" }],
        },
        {
            name: "the VM's protection is stopped",
            resources: [vm("vm", "vm-app"), {
                ...item("backup", unknown(), { protectionState: "ProtectionStopped" }), dependsOn: { properties: ["vm"] },
            }],
            violations: [{ resource: "vm", message: "vmNotBackedUp" }],
        },
    ],
    undecided: [
        {
            name: "sourceResourceId is unknown and depends on no VM",
            resources: [vm("vm", "vm-app"), item("backup", unknown())],
        },
    ],
});
