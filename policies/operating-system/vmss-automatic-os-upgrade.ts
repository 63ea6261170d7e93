import { guestConfigurations, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "vmss-automatic-os-upgrade",
    description: "Scale sets roll out new OS images automatically (automatic OS image upgrade), unless Azure patches their Flexible VMs in place.",
    area: "operating-system",
    severity: "medium",
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set upgradePolicy.automaticOSUpgradePolicy.enableAutomaticOSUpgrade to true (it defaults to false); " +
        "the image reference needs version latest and the scale set a health probe or the Application Health " +
        "extension. On a Flexible scale set, patchMode AutomaticByPlatform in virtualMachineProfile.osProfile also passes.",
    noFix: "automatic upgrades and patches restart nodes or machines on Azure's schedule; choosing the channel and the maintenance window is yours",
    messages: {
        automaticOsUpgradeOff: "upgradePolicy.automaticOSUpgradePolicy.enableAutomaticOSUpgrade is not true (it defaults to false), so instances keep the OS image they were created with: set it to true.",
    },
    check: {
        virtualMachineScaleSet: (vmss, ctx) => {
            // Default: unset enableAutomaticOSUpgrade is false. Source: REST spec Microsoft.Compute 2024-11-01,
            // AutomaticOSUpgradePolicy ("Default value is false"; azure-native 3.28 docs).
            if (vmss.upgradePolicy?.automaticOSUpgradePolicy?.enableAutomaticOSUpgrade === true) {
                return;
            }
            const profile = vmss.virtualMachineProfile;
            if (!profile) {
                return; // a Flexible scale set of attached VMs: no image to upgrade; the VM policies cover them
            }
            // Flexible scale sets can patch their VMs in place instead (Uniform is the API default and cannot).
            // Default: unset orchestrationMode taken as Uniform (unconfirmed: REST spec Microsoft.Compute 2024-11-01
            // gives no default, and no Microsoft page found states the API's).
            const configs = guestConfigurations(profile.osProfile);
            if (sameText(vmss.orchestrationMode, "Flexible") && configs.length > 0 &&
                configs.every(({ config }) => sameText(config.patchSettings?.patchMode, "AutomaticByPlatform"))) {
                return;
            }
            ctx.report("automaticOsUpgradeOff");
        },
    },
});
