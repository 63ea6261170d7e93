import { onVmModel, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "vm-trusted-launch-vtpm-secure-boot",
    description: "Trusted launch and confidential virtual machines and scale sets have both vTPM and Secure Boot on.",
    area: "operating-system",
    severity: "medium",
    // Azure Policy "vTPM should be enabled on supported virtual machines" and "Secure Boot should be enabled" (PV-4).
    frameworks: { mcsb: ["PV-4"] },
    remediation: "Set securityProfile.uefiSettings.vTpmEnabled and secureBootEnabled to true " +
        "(virtualMachineProfile.securityProfile on a scale set). The API does not turn them on by itself: unset is off.",
    messages: {
        vTpmOff: "{{prefix}}securityProfile.uefiSettings.vTpmEnabled is not true (unset means off), so the VM has no vTPM (no measured boot or boot attestation): set it to true.",
        secureBootOff: "{{prefix}}securityProfile.uefiSettings.secureBootEnabled is not true (unset means off), so the VM has no Secure Boot (unsigned boot loaders and kernels can run): set it to true.",
    },
    check: onVmModel((model, prefix, ctx) => {
        const security = model.securityProfile;
        const type = security?.securityType;
        // Standard (unset) security type has no UEFI settings to check.
        if (!(sameText(type, "TrustedLaunch") || sameText(type, "ConfidentialVM"))) {
            return;
        }
        // Only the Azure CLI and portal default these to true; the REST API leaves them off when unset.
        const uefi = security?.uefiSettings;
        if (uefi?.vTpmEnabled !== true) {
            ctx.report("vTpmOff", { prefix });
        }
        if (uefi?.secureBootEnabled !== true) {
            ctx.report("secureBootOff", { prefix });
        }
    }),
});
