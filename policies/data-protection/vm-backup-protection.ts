import { anyOf, ArgsOf, catalog, pointerIndex, pointsAt, sameText, stackPolicy, StackResource } from "../../lib/kit";

/** The VM id a protected item backs up. */
const read = (props: StackResource<ArgsOf<"protectedItem">>["props"]) => props.properties?.sourceResourceId;

export default stackPolicy({
    name: "vm-backup-protection",
    description: "Every virtual machine is backed up: a Recovery Services ProtectedItem has its " +
        "properties.sourceResourceId pointing at the VM, and its protection is not stopped.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["BR-1", "BR-2"], azurePolicy: ["013e242c-8828-4970-87b3-ab247555486d"] },
    remediation: "Add a recoveryservices.ProtectedItem in a Recovery Services vault with properties: " +
        "{ protectedItemType: \"Microsoft.Compute/virtualMachines\", sourceResourceId: vm.id, policyId: <backup policy id> }.",
    messages: {
        vmNotBackedUp: "No Recovery Services ProtectedItem backs up this virtual machine (or its protection is stopped): add one whose properties.sourceResourceId is the VM's id.",
    },
    resources: [catalog.virtualMachine, catalog.protectedItem],
    check: (ctx) => {
        const vms = ctx.ofType(catalog.virtualMachine);
        const items = ctx.ofType(catalog.protectedItem);
        // Only the items that may point at a VM are asked about it: the same answer, linear in the stack's size.
        const itemsAt = pointerIndex(items, "properties", { peers: vms, read });
        ctx.each(vms, (vm) => {
            const protectedBy = anyOf(itemsAt(vm, catalog.virtualMachine), (item) =>
                pointsAt(item, "properties", vm, catalog.virtualMachine, { peers: vms, read }) &&
                !sameText(item.props.properties?.protectionState, "ProtectionStopped"));
            if (!protectedBy) {
                ctx.report(vm, "vmNotBackedUp");
            }
        });
    },
});
