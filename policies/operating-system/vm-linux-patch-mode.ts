import type { VirtualMachineArgs } from "@pulumi/azure-native/compute";
import { catalog } from "../../lib/kit/model";
import { allowedModesOption, patchModeProblem, PatchModeConfig } from "../../lib/kit/checks/patching";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy<VirtualMachineArgs, PatchModeConfig>({
    name: "vm-linux-patch-mode",
    description: "Linux virtual machines use an allowed guest patch mode, by default AutomaticByPlatform (Azure-orchestrated patching).",
    area: "operating-system",
    severity: "medium",
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set osProfile.linuxConfiguration.patchSettings.patchMode to AutomaticByPlatform (provisionVMAgent must " +
        "not be false), or add the mode you use to allowedModes. Unset means ImageDefault, the image's own updates.",
    config: allowedModesOption,
    resources: [catalog.virtualMachine],
    check: (vm, ctx) => {
        // Only VMs that declare Linux settings: without them the OS (and so the default) is not known here.
        const linux = vm.osProfile?.linuxConfiguration;
        const problem = linux && patchModeProblem(linux, "linux", ctx.config.allowedModes, "osProfile.linuxConfiguration");
        if (problem) {
            ctx.report(problem);
        }
    },
});
