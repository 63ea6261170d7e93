import { patchModeOptions, resourcePolicy, windowsPatchModeMessages, windowsPatchModeProblem } from "../../lib/kit";

export default resourcePolicy({
    name: "vm-windows-patch-mode",
    description: "Windows virtual machines use an allowed guest patch mode, by default AutomaticByPlatform (Azure-orchestrated patching).",
    area: "operating-system",
    severity: "medium",
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set osProfile.windowsConfiguration.patchSettings.patchMode to AutomaticByPlatform (provisionVMAgent " +
        "must not be false), or add the mode you use to allowedModes. Unset means AutomaticByOS (Windows Update on " +
        "its own schedule), or Manual when enableAutomaticUpdates is false.",
    noFix: "automatic upgrades and patches restart nodes or machines on Azure's schedule; choosing the channel and the maintenance window is yours",
    messages: windowsPatchModeMessages,
    config: patchModeOptions,
    check: {
        virtualMachine: (vm, ctx) => {
            // Only VMs that declare Windows settings: without them the OS (and so the default) is not known here.
            // Default: unset Windows patchMode is AutomaticByOS, or Manual with enableAutomaticUpdates false
            // (lib/kit/checks/patching.ts). Source:
            // https://learn.microsoft.com/azure/virtual-machines/automatic-vm-guest-patching
            const windows = vm.osProfile?.windowsConfiguration;
            const problem = windows && windowsPatchModeProblem(windows, ctx.config.allowedModes);
            if (problem) {
                ctx.report(problem, { path: "osProfile.windowsConfiguration" });
            }
        },
    },
});
