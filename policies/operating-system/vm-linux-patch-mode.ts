import { linuxPatchModeMessages, linuxPatchModeProblem, patchModeOptions, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "vm-linux-patch-mode",
    description: "Linux virtual machines use an allowed guest patch mode, by default AutomaticByPlatform (Azure-orchestrated patching).",
    area: "operating-system",
    severity: "medium",
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set osProfile.linuxConfiguration.patchSettings.patchMode to AutomaticByPlatform (provisionVMAgent must " +
        "not be false), or add the mode you use to allowedModes. Unset means ImageDefault, the image's own updates.",
    noFix: "automatic upgrades and patches restart nodes or machines on Azure's schedule; choosing the channel and the maintenance window is yours",
    messages: linuxPatchModeMessages,
    config: patchModeOptions,
    check: {
        virtualMachine: (vm, ctx) => {
            // Only VMs that declare Linux settings: without them the OS (and so the default) is not known here.
            // Default: unset Linux patchMode is ImageDefault (lib/kit/checks/patching.ts). Source:
            // https://learn.microsoft.com/azure/virtual-machines/automatic-vm-guest-patching
            const linux = vm.osProfile?.linuxConfiguration;
            const problem = linux && linuxPatchModeProblem(linux, ctx.config.allowedModes);
            if (problem) {
                ctx.report(problem, { path: "osProfile.linuxConfiguration" });
            }
        },
    },
});
