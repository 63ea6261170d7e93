import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "vm-windows-automatic-updates",
    description: "Windows virtual machines get updates: enableAutomaticUpdates is not false unless Azure patches them (patchMode AutomaticByPlatform).",
    area: "operating-system",
    severity: "high",
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Leave osProfile.windowsConfiguration.enableAutomaticUpdates unset (it defaults to true) or set it to " +
        "true, or set patchSettings.patchMode to AutomaticByPlatform. enableAutomaticUpdates can only be set when the " +
        "VM is created; a custom patching tool (patchMode Manual) needs this policy disabled for those VMs.",
    noFix: "automatic upgrades and patches restart nodes or machines on Azure's schedule; choosing the channel and the maintenance window is yours",
    messages: {
        noWindowsUpdates: "osProfile.windowsConfiguration.enableAutomaticUpdates is false and patchMode is not AutomaticByPlatform, so nothing installs Windows updates: set enableAutomaticUpdates to true or patchMode to AutomaticByPlatform.",
    },
    check: {
        virtualMachine: (vm, ctx) => {
            // Default: unset enableAutomaticUpdates is true. Source: REST spec Microsoft.Compute 2024-11-01,
            // WindowsConfiguration.enableAutomaticUpdates ("Default value is true"; azure-native 3.28 docs).
            const windows = vm.osProfile?.windowsConfiguration;
            if (windows?.enableAutomaticUpdates !== false) {
                return;
            }
            // AutomaticByPlatform patches through the platform and turns Windows' own Automatic Updates off anyway.
            if (!sameText(windows.patchSettings?.patchMode, "AutomaticByPlatform")) {
                ctx.report("noWindowsUpdates");
            }
        },
    },
});
