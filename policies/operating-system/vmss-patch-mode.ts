import {
    guestConfigurations, linuxPatchModeMessages, linuxPatchModeProblem, patchModeOptions, resourcePolicy, sameText,
    windowsPatchModeMessages, windowsPatchModeProblem,
} from "../../lib/kit";

export default resourcePolicy({
    name: "vmss-patch-mode",
    description: "Flexible scale sets give their VMs an allowed guest patch mode, by default AutomaticByPlatform (Azure-orchestrated patching).",
    area: "operating-system",
    severity: "medium",
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set virtualMachineProfile.osProfile.linuxConfiguration (or windowsConfiguration).patchSettings.patchMode " +
        "to AutomaticByPlatform, or add the mode you use to allowedModes. Unset means ImageDefault on Linux and " +
        "AutomaticByOS on Windows. Uniform scale sets are patched by automatic OS image upgrade instead.",
    noFix: "automatic upgrades and patches restart nodes or machines on Azure's schedule; choosing the channel and the maintenance window is yours",
    messages: { ...linuxPatchModeMessages, ...windowsPatchModeMessages },
    config: patchModeOptions,
    check: {
        virtualMachineScaleSet: (vmss, ctx) => {
            // Guest patch modes apply to Flexible orchestration only; unset orchestrationMode is Uniform in the API
            // (unconfirmed: REST spec Microsoft.Compute 2024-11-01 gives no default, and no Microsoft page found states
            // it).
            if (!sameText(vmss.orchestrationMode, "Flexible")) {
                return;
            }
            for (const guest of guestConfigurations(vmss.virtualMachineProfile?.osProfile)) {
                const problem = guest.key === "linuxConfiguration"
                    ? linuxPatchModeProblem(guest.config, ctx.config.allowedModes)
                    : windowsPatchModeProblem(guest.config, ctx.config.allowedModes);
                if (problem) {
                    ctx.report(problem, { path: `virtualMachineProfile.osProfile.${guest.key}` });
                }
            }
        },
    },
});
