import { anyOf, catalog, listOf, namesTarget, pointerIndex, requireInStack, sameText, stackPolicy, type VmModel } from "../../lib/kit";

const windowsPublisher = "Microsoft.Azure.Security.WindowsAttestation";
const linuxPublisher = "Microsoft.Azure.Security.LinuxAttestation";

type Os = "Windows" | "Linux" | undefined;

/** Does an extension's `type` say GuestAttestation? Outputs may carry the ARM resource type there instead: not a no. */
const attestationType = (type: unknown) => type === undefined || sameText(type, "GuestAttestation") ||
    (typeof type === "string" && type.includes("/"));

const isAttestation = (ext: { publisher?: unknown; type?: unknown } | undefined, os: Os) =>
    ext !== undefined && attestationType(ext.type) && (
        (os !== "Linux" && sameText(ext.publisher, windowsPublisher)) || (os !== "Windows" && sameText(ext.publisher, linuxPublisher)));

const startsWith = (value: unknown, prefix: string) => typeof value === "string" && value.toLowerCase().startsWith(prefix.toLowerCase());

/**
 * The model's operating system as Azure will record it: osDisk.osType (always set once deployed), else the OS
 * configuration given, else a marketplace offer like "windows*" (the definitions' own test for Windows).
 */
function osOf(model: VmModel): Os {
    const osType = model.storageProfile?.osDisk?.osType;
    if (startsWith(osType, "Windows") || model.osProfile?.windowsConfiguration) {
        return "Windows";
    }
    if (startsWith(osType, "Linux") || model.osProfile?.linuxConfiguration) {
        return "Linux";
    }
    return startsWith(model.storageProfile?.imageReference?.offer, "windows") ? "Windows" : undefined;
}

/** Trusted launch or confidential, with Secure Boot and vTPM both on: the VMs the definitions apply to. */
function attestable(model: VmModel): boolean {
    const security = model.securityProfile;
    return (sameText(security?.securityType, "TrustedLaunch") || sameText(security?.securityType, "ConfidentialVM")) &&
        security?.uefiSettings?.secureBootEnabled === true && security.uefiSettings.vTpmEnabled === true;
}

export default stackPolicy({
    name: "vm-guest-attestation-extension",
    description: "Trusted launch and confidential virtual machines and scale sets with Secure Boot and vTPM on have the " +
        "Guest Attestation extension for their operating system.",
    area: "operating-system",
    severity: "medium",
    frameworks: {
        mcsb: ["PV-4"],
        // Windows VMs, Linux VMs, Linux scale sets, Windows scale sets.
        azurePolicy: ["1cb4d9c2-f88f-4069-bee0-dba239a57b09", "672fe5a1-2fcd-42d7-b85d-902b6e28c6ff",
            "a21f8c92-9e22-4f09-b759-50500d1d2dda", "f655e522-adff-494d-95c2-52d4f6d56a42"],
    },
    remediation: "Add a compute VirtualMachineExtension with vmName set to the VM's name (VirtualMachineScaleSetExtension " +
        "with vmScaleSetName, or an entry in the scale set's virtualMachineProfile.extensionProfile.extensions), publisher " +
        "\"Microsoft.Azure.Security.WindowsAttestation\" (Windows) or \"Microsoft.Azure.Security.LinuxAttestation\" " +
        "(Linux), type \"GuestAttestation\" and autoUpgradeMinorVersion: true. Azure installs none by itself: Defender " +
        "for Cloud's DeployIfNotExists initiative can, so if it (or another stack) does, leave requireInStack off. The " +
        "pack asks it of every such Linux scale set, where Azure Policy lists only some Linux images, and of Windows " +
        "VMs and scale sets from custom images as well as marketplace offers named windows*.",
    messages: {
        noWindowsAttestation: "No GuestAttestation extension from Microsoft.Azure.Security.WindowsAttestation in this stack is installed on this Windows trusted launch VM or scale set, so its boot integrity is not attested: add one.",
        noLinuxAttestation: "No GuestAttestation extension from Microsoft.Azure.Security.LinuxAttestation in this stack is installed on this Linux trusted launch VM or scale set, so its boot integrity is not attested: add one.",
        noAttestation: "No GuestAttestation extension in this stack is installed on this trusted launch VM or scale set, so its boot integrity is not attested: add the one for its operating system (publisher Microsoft.Azure.Security.WindowsAttestation or LinuxAttestation).",
    },
    config: {
        requireInStack: requireInStack("the Guest Attestation extension of each trusted launch VM and scale set"),
    },
    resources: [catalog.virtualMachine, catalog.virtualMachineScaleSet, catalog.virtualMachineExtension,
        catalog.virtualMachineScaleSetExtension],
    check: (ctx) => {
        const vms = ctx.ofType(catalog.virtualMachine);
        const scaleSets = ctx.ofType(catalog.virtualMachineScaleSet);
        const vmExtensions = pointerIndex(ctx.ofType(catalog.virtualMachineExtension), "vmName", { peers: vms });
        const vmssExtensions = pointerIndex(ctx.ofType(catalog.virtualMachineScaleSetExtension), "vmScaleSetName", { peers: scaleSets });
        const message = (os: Os) => os === "Windows" ? "noWindowsAttestation" : os === "Linux" ? "noLinuxAttestation" : "noAttestation";

        ctx.each(vms, (vm) => {
            if (!attestable(vm.props)) {
                return;
            }
            const os = osOf(vm.props);
            if (!anyOf(vmExtensions(vm, catalog.virtualMachine), (ext) =>
                namesTarget(ext, "vmName", vm, catalog.virtualMachine, vms) && isAttestation(ext.props, os))) {
                ctx.missing(vm, message(os));
            }
        });
        ctx.each(scaleSets, (vmss) => {
            const model = vmss.props.virtualMachineProfile;
            if (!model || !attestable(model)) {
                return;
            }
            const os = osOf(model);
            const inline = listOf(model.extensionProfile?.extensions).some((ext) => isAttestation(ext ?? undefined, os));
            if (!inline && !anyOf(vmssExtensions(vmss, catalog.virtualMachineScaleSet), (ext) =>
                namesTarget(ext, "vmScaleSetName", vmss, catalog.virtualMachineScaleSet, scaleSets) && isAttestation(ext.props, os))) {
                ctx.missing(vmss, message(os));
            }
        });
    },
});
