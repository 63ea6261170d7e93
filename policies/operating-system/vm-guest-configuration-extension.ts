import { anyOf, catalog, namesTarget, pointerIndex, requireInStack, sameText, stackPolicy, type VmModel } from "../../lib/kit";

const publisher = "Microsoft.GuestConfiguration";

const like = (value: unknown, prefix: string) => typeof value === "string" && value.toLowerCase().startsWith(prefix.toLowerCase());
const oneOf = (value: unknown, names: readonly string[]) => names.some((n) => sameText(value, n));

/**
 * The images Azure Policy's definition leaves out: Windows Server 2008 and SQL Server 2008 images, and Linux images
 * older than the extension supports (CentOS, Oracle Linux, RHEL and Cloudera 6, SLES 11, Ubuntu 12), Databricks and
 * OpenShift nodes, and Data Science VM images other than the listed ones. Every other Windows or Linux VM is in
 * scope, custom images included. A VM whose OS the inputs do not say is kept in scope.
 */
function excluded(vm: VmModel): boolean {
    const image = vm.storageProfile?.imageReference;
    const [pub, offer, sku] = [image?.publisher, image?.offer, image?.sku];
    const osType = vm.storageProfile?.osDisk?.osType;
    const linux = like(osType, "Linux") || Boolean(vm.osProfile?.linuxConfiguration);
    const windows = like(osType, "Windows") || Boolean(vm.osProfile?.windowsConfiguration);
    if (!linux && (like(sku, "2008") || like(offer, "SQL2008"))) {
        return true;
    }
    if (windows) {
        return false;
    }
    return (oneOf(pub, ["OpenLogic", "Oracle", "RedHat", "cloudera"]) && like(sku, "6")) ||
        (sameText(pub, "Suse") && like(sku, "11")) || (sameText(pub, "Canonical") && like(sku, "12")) ||
        oneOf(pub, ["AzureDatabricks", "azureopenshift"]) ||
        (sameText(pub, "microsoft-ads") && !like(offer, "linux") && !oneOf(offer, ["standard-data-science-vm", "windows-data-science-vm"]));
}

export default stackPolicy({
    name: "vm-guest-configuration-extension",
    description: "Virtual machines have the Guest Configuration extension, and a VM with it has a system-assigned identity.",
    area: "operating-system",
    severity: "medium",
    frameworks: {
        mcsb: ["PV-4", "IM-3"],
        // d26f7642 is about each Guest Configuration extension's VM: one whose VM another stack declares is named in
        // the "not decidable in this stack" note (a violation with requireInStack).
        azurePolicy: ["ae89ebca-1c92-4898-ac2c-9f63decb045c", "d26f7642-7545-4e18-9b75-8c9bbdee3a9a"],
    },
    remediation: "Add a compute VirtualMachineExtension with vmName set to the VM's name, publisher " +
        "\"Microsoft.GuestConfiguration\", type \"ConfigurationforWindows\" (typeHandlerVersion 1.29) or " +
        "\"ConfigurationForLinux\" (1.26), autoUpgradeMinorVersion: true, and give the VM identity { type: \"SystemAssigned\" } " +
        "(or \"SystemAssigned, UserAssigned\"): the extension authenticates with it. Azure installs neither by itself; " +
        "Azure Policy's \"Deploy prerequisites to enable Guest Configuration policies\" initiative can, so if it (or " +
        "another stack) does, leave requireInStack off.",
    messages: {
        noGuestConfiguration: "No Guest Configuration extension (publisher Microsoft.GuestConfiguration) in this stack is installed on this VM, so its in-guest settings are not audited: add one.",
        noSystemIdentity: "This VM has a Guest Configuration extension but identity.type does not include SystemAssigned, which the extension needs to report: set identity.type to SystemAssigned.",
        vmElsewhere: "The VM of this Guest Configuration extension is not in this stack, so whether it has the system-assigned identity the extension needs cannot be checked: declare the extension in the stack that declares the VM.",
    },
    config: {
        requireInStack: requireInStack("the Guest Configuration extension of each VM, and the VM of each Guest Configuration extension,"),
    },
    resources: [catalog.virtualMachine, catalog.virtualMachineExtension],
    check: (ctx) => {
        const vms = ctx.ofType(catalog.virtualMachine);
        const allExtensions = ctx.ofType(catalog.virtualMachineExtension);
        const extensions = pointerIndex(allExtensions, "vmName", { peers: vms });
        // The VMs each extension may name: the index's candidates, inverted (linear in the stack's size).
        const vmsOf = new Map<string, typeof vms>();
        for (const vm of vms) {
            for (const ext of extensions(vm, catalog.virtualMachine)) {
                vmsOf.set(ext.urn, [...vmsOf.get(ext.urn) ?? [], vm]);
            }
        }
        ctx.each(vms, (vm) => {
            const installed = anyOf(extensions(vm, catalog.virtualMachine), (ext) =>
                namesTarget(ext, "vmName", vm, catalog.virtualMachine, vms) && sameText(ext.props.publisher, publisher));
            if (installed) {
                // Default: a VM has no managed identity unless identity is set. Source: Compute REST API 2024-11-01,
                // VirtualMachineIdentity (type None when absent).
                const type = vm.props.identity?.type;
                if (!(typeof type === "string" && type.toLowerCase().includes("systemassigned"))) {
                    ctx.report(vm, "noSystemIdentity");
                }
            } else if (!excluded(vm.props)) {
                ctx.missing(vm, "noGuestConfiguration");
            }
        });
        // Azure Policy asks it of each Guest Configuration extension: its VM must have a system-assigned identity.
        ctx.each(allExtensions, (ext) => {
            if (sameText(ext.props.publisher, publisher) &&
                !anyOf(vmsOf.get(ext.urn) ?? [], (vm) => namesTarget(ext, "vmName", vm, catalog.virtualMachine, vms))) {
                ctx.missing(ext, "vmElsewhere");
            }
        });
    },
});
