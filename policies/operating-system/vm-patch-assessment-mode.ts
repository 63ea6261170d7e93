import { guestConfigurations, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "vm-patch-assessment-mode",
    description: "Virtual machines let Azure check periodically for missing updates (patchSettings.assessmentMode AutomaticByPlatform).",
    area: "operating-system",
    severity: "medium",
    // Azure Policy "Machines should be configured to periodically check for missing system updates" (PV-6).
    frameworks: {
        mcsb: ["PV-6"],
        azurePolicy: [
            { id: "bd876905-5b84-4f73-ab2d-2e7a7c4568d9", partial: "checks VMs that declare " +
                "osProfile.linuxConfiguration or windowsConfiguration; the definition also covers VMs that declare " +
                "neither, and Azure Arc machines" },
        ],
    },
    remediation: "Set osProfile.linuxConfiguration.patchSettings.assessmentMode (or windowsConfiguration's) to " +
        "AutomaticByPlatform; provisionVMAgent must not be false. Unset means ImageDefault: no periodic assessment.",
    messages: {
        assessmentNotAutomatic: "{{path}}.patchSettings.assessmentMode is not AutomaticByPlatform (unset means ImageDefault), so Azure does not assess the VM for missing updates every 24 hours: set it to AutomaticByPlatform.",
    },
    check: {
        virtualMachine: (vm, ctx) => {
            // Default: unset assessmentMode is ImageDefault, no periodic assessment. Source:
            // https://learn.microsoft.com/azure/update-manager/assessment-options (periodic assessment is opted into
            // per VM).
            for (const { key, config } of guestConfigurations(vm.osProfile)) {
                if (!sameText(config.patchSettings?.assessmentMode, "AutomaticByPlatform")) {
                    ctx.report("assessmentNotAutomatic", { path: `osProfile.${key}` });
                }
            }
        },
    },
});
