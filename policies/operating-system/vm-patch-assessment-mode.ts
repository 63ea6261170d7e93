import { catalog } from "../../lib/kit/model";
import { guestConfigurations } from "../../lib/kit/checks/patching";
import { resourcePolicy } from "../../lib/kit/policy";
import { sameText } from "../../lib/kit/values";

export default resourcePolicy({
    name: "vm-patch-assessment-mode",
    description: "Virtual machines let Azure check periodically for missing updates (patchSettings.assessmentMode AutomaticByPlatform).",
    area: "operating-system",
    severity: "medium",
    // Azure Policy "Machines should be configured to periodically check for missing system updates" (PV-6).
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set osProfile.linuxConfiguration.patchSettings.assessmentMode (or windowsConfiguration's) to " +
        "AutomaticByPlatform; provisionVMAgent must not be false. Unset means ImageDefault: no periodic assessment.",
    resources: [catalog.virtualMachine],
    check: (vm, ctx) => {
        for (const { key, config } of guestConfigurations(vm.osProfile)) {
            const mode = config.patchSettings?.assessmentMode;
            if (!sameText(mode, "AutomaticByPlatform")) {
                const state = mode == null ? "unset (ImageDefault)" : "not AutomaticByPlatform";
                ctx.report(`osProfile.${key}.patchSettings.assessmentMode is ${state}, so Azure does not assess the ` +
                    "VM for missing updates every 24 hours: set it to AutomaticByPlatform.");
            }
        }
    },
});
