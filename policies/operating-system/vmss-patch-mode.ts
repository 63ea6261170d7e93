import type { VirtualMachineScaleSetArgs } from "@pulumi/azure-native/compute";
import { catalog } from "../../lib/kit/model";
import { allowedModesOption, guestConfigurations, patchModeProblem, PatchModeConfig } from "../../lib/kit/checks/patching";
import { resourcePolicy } from "../../lib/kit/policy";
import { sameText } from "../../lib/kit/values";

export default resourcePolicy<VirtualMachineScaleSetArgs, PatchModeConfig>({
    name: "vmss-patch-mode",
    description: "Flexible scale sets give their VMs an allowed guest patch mode, by default AutomaticByPlatform (Azure-orchestrated patching).",
    area: "operating-system",
    severity: "medium",
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set virtualMachineProfile.osProfile.linuxConfiguration (or windowsConfiguration).patchSettings.patchMode " +
        "to AutomaticByPlatform, or add the mode you use to allowedModes. Unset means ImageDefault on Linux and " +
        "AutomaticByOS on Windows. Uniform scale sets are patched by automatic OS image upgrade instead.",
    config: allowedModesOption,
    resources: [catalog.virtualMachineScaleSet],
    check: (vmss, ctx) => {
        // Guest patch modes apply to Flexible orchestration only; unset orchestrationMode is Uniform in the API.
        if (!sameText(vmss.orchestrationMode, "Flexible")) {
            return;
        }
        for (const { key, config } of guestConfigurations(vmss.virtualMachineProfile?.osProfile)) {
            const problem = patchModeProblem(config, key === "linuxConfiguration" ? "linux" : "windows", ctx.config.allowedModes,
                `virtualMachineProfile.osProfile.${key}`);
            if (problem) {
                ctx.report(problem);
            }
        }
    },
});
