import { catalog } from "../../lib/kit/model";
import { vmModel } from "../../lib/kit/checks/patching";
import { resourcePolicy } from "../../lib/kit/policy";
import { sameText } from "../../lib/kit/values";

export default resourcePolicy({
    name: "vm-trusted-launch-vtpm-secure-boot",
    description: "Trusted launch and confidential virtual machines and scale sets have both vTPM and Secure Boot on.",
    area: "operating-system",
    severity: "medium",
    // Azure Policy "vTPM should be enabled on supported virtual machines" and "Secure Boot should be enabled" (PV-4).
    frameworks: { mcsb: ["PV-4"] },
    remediation: "Set securityProfile.uefiSettings.vTpmEnabled and secureBootEnabled to true " +
        "(virtualMachineProfile.securityProfile on a scale set). The API does not turn them on by itself: unset is off.",
    resources: [catalog.virtualMachine, catalog.virtualMachineScaleSet],
    check: (props, ctx) => {
        const vm = vmModel(props, ctx.type);
        const security = vm?.model.securityProfile;
        const type = security?.securityType;
        // Standard (unset) security type has no UEFI settings to check.
        if (!vm || !(sameText(type, "TrustedLaunch") || sameText(type, "ConfidentialVM"))) {
            return;
        }
        // Only the Azure CLI and portal default these to true; the REST API leaves them off when unset.
        const uefi = security?.uefiSettings;
        for (const [key, what] of [["vTpmEnabled", "no vTPM (no measured boot or boot attestation)"],
            ["secureBootEnabled", "no Secure Boot (unsigned boot loaders and kernels can run)"]] as const) {
            if (uefi?.[key] !== true) {
                const state = uefi?.[key] === false ? "false" : "unset (off)";
                ctx.report(`${vm.prefix}securityProfile.uefiSettings.${key} is ${state}, so the VM has ${what}: set it to true.`);
            }
        }
    },
});
