import { resourcePolicy, sameText } from "../../lib/kit";

type Os = "linux" | "windows";

/** The OS a type or name says, when it says one: `Windows`, `windows`, `Linux`. */
const osFrom = (value: unknown): Os | undefined =>
    sameText(value, "Windows") ? "windows" : sameText(value, "Linux") ? "linux" : undefined;

/**
 * The OS configurations whose assessment mode Azure reads: the one of the OS the inputs state (osDisk.osType of a
 * VM, osType of an Arc machine), else each one the program declares; empty when it declares neither.
 */
function configurationsToCheck(os: Os | undefined, declared: { linux: boolean; windows: boolean }): Os[] {
    if (os) {
        return [os];
    }
    return (["linux", "windows"] as const).filter((k) => declared[k]);
}

export default resourcePolicy({
    name: "vm-patch-assessment-mode",
    description: "Virtual machines and Azure Arc machines let Azure check periodically for missing updates " +
        "(assessment mode AutomaticByPlatform).",
    area: "operating-system",
    severity: "medium",
    // Azure Policy "Machines should be configured to periodically check for missing system updates" (PV-6). The
    // definition applies to VMs from the images it lists and reads the configuration of the VM's osType; this policy
    // asks it of every VM (an unset mode is ImageDefault whatever the image) and, when the inputs do not state the
    // OS, of each configuration declared, and of the VM itself when it declares none.
    frameworks: {
        mcsb: ["PV-6"], cis: ["8.1.10"],
        azurePolicy: ["bd876905-5b84-4f73-ab2d-2e7a7c4568d9"],
    },
    remediation: "On a compute VirtualMachine set osProfile.linuxConfiguration.patchSettings.assessmentMode (or " +
        "windowsConfiguration's) to AutomaticByPlatform, with provisionVMAgent not false; on a hybridcompute Machine " +
        "(Azure Arc) set osProfile.linuxConfiguration.assessmentMode (or windowsConfiguration's) to AutomaticByPlatform. " +
        "Unset means ImageDefault: no periodic assessment.",
    noFix: "the setting lives in the configuration of the VM's OS, which the inputs may not state, and periodic assessment needs a supported image",
    messages: {
        assessmentNotAutomatic: "{{path}} is not AutomaticByPlatform (unset means ImageDefault), so Azure does not assess the machine for missing updates every 24 hours: set it to AutomaticByPlatform.",
        assessmentUnset: "osProfile declares neither linuxConfiguration nor windowsConfiguration, so the assessment mode is unset (ImageDefault) and Azure does not assess the machine for missing updates every 24 hours: set {{linux}} (Linux) or {{windows}} (Windows) to AutomaticByPlatform.",
    },
    check: {
        // Default: unset assessmentMode is ImageDefault, no periodic assessment, on Azure VMs and Arc machines alike.
        // Source: https://learn.microsoft.com/azure/update-manager/assessment-options (periodic assessment is opted
        // into per machine).
        virtualMachine: (vm, ctx) => {
            // osDisk.osType, which Azure always records, picks the configuration the definition reads; a program
            // rarely sets it (Azure takes it from the image), so the declared configurations stand in for it.
            const os = osFrom(vm.storageProfile?.osDisk?.osType);
            const profile = vm.osProfile;
            const path = (k: Os) => `osProfile.${k}Configuration.patchSettings.assessmentMode`;
            const checked = configurationsToCheck(os, { linux: !!profile?.linuxConfiguration, windows: !!profile?.windowsConfiguration });
            if (checked.length === 0) {
                ctx.report("assessmentUnset", { linux: path("linux"), windows: path("windows") });
            }
            for (const k of checked) {
                const config = k === "linux" ? profile?.linuxConfiguration : profile?.windowsConfiguration;
                if (!sameText(config?.patchSettings?.assessmentMode, "AutomaticByPlatform")) {
                    ctx.report("assessmentNotAutomatic", { path: path(k) });
                }
            }
        },
        arcMachine: (machine, ctx) => {
            // Azure reads the configuration of osName, which the Arc agent reports; osType, an input, says the same.
            // The SDK flattens patchSettings: assessmentMode sits on the configuration itself.
            const os = osFrom(machine.osType);
            const profile = machine.osProfile;
            const path = (k: Os) => `osProfile.${k}Configuration.assessmentMode`;
            const checked = configurationsToCheck(os, { linux: !!profile?.linuxConfiguration, windows: !!profile?.windowsConfiguration });
            if (checked.length === 0) {
                ctx.report("assessmentUnset", { linux: path("linux"), windows: path("windows") });
            }
            for (const k of checked) {
                const config = k === "linux" ? profile?.linuxConfiguration : profile?.windowsConfiguration;
                if (!sameText(config?.assessmentMode, "AutomaticByPlatform")) {
                    ctx.report("assessmentNotAutomatic", { path: path(k) });
                }
            }
        },
    },
});
