import type { VirtualMachineArgs } from "@pulumi/azure-native/compute";
import { catalog } from "../../lib/kit/model";
import { allowedModesOption, patchModeProblem, PatchModeConfig } from "../../lib/kit/checks/patching";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy<VirtualMachineArgs, PatchModeConfig>({
    name: "vm-windows-patch-mode",
    description: "Windows virtual machines use an allowed guest patch mode, by default AutomaticByPlatform (Azure-orchestrated patching).",
    area: "operating-system",
    severity: "medium",
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set osProfile.windowsConfiguration.patchSettings.patchMode to AutomaticByPlatform (provisionVMAgent " +
        "must not be false), or add the mode you use to allowedModes. Unset means AutomaticByOS (Windows Update on " +
        "its own schedule), or Manual when enableAutomaticUpdates is false.",
    config: allowedModesOption,
    resources: [catalog.virtualMachine],
    check: (vm, ctx) => {
        // Only VMs that declare Windows settings: without them the OS (and so the default) is not known here.
        const windows = vm.osProfile?.windowsConfiguration;
        const problem = windows && patchModeProblem(windows, "windows", ctx.config.allowedModes, "osProfile.windowsConfiguration");
        if (problem) {
            ctx.report(problem);
        }
    },
});
