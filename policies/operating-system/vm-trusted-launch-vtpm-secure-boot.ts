import { onVmModel, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "vm-trusted-launch-vtpm-secure-boot",
    description: "Trusted launch and confidential virtual machines and scale sets have both vTPM and Secure Boot on.",
    area: "operating-system",
    severity: "medium",
    // Azure Policy "vTPM should be enabled on supported virtual machines" and "Secure Boot should be enabled" (PV-4).
    frameworks: {
        mcsb: ["PV-4"],
        azurePolicy: ["1c30f9cd-b84c-49cc-aa2c-9288447cc3b3", "97566dd7-78ae-4997-8b36-1c7bfe0d8121"],
    },
    remediation: "Set securityProfile.uefiSettings.vTpmEnabled and secureBootEnabled to true " +
        "(virtualMachineProfile.securityProfile on a scale set). The API does not turn them on by itself: unset is off.",
    messages: {
        vTpmOff: "{{prefix}}securityProfile.uefiSettings.vTpmEnabled is not true (unset means off), so the VM has no vTPM (no measured boot or boot attestation): set it to true.",
        secureBootOff: "{{prefix}}securityProfile.uefiSettings.secureBootEnabled is not true (unset means off), so the VM has no Secure Boot (unsigned boot loaders and kernels can run): set it to true.",
    },
    check: onVmModel((model, prefix, ctx) => {
        const security = model.securityProfile;
        const type = security?.securityType;
        // Standard (unset) security type has no UEFI settings to check. Whether "Trusted launch as default" makes an
        // unset type TrustedLaunch for new Gen2 VMs under API 2024-11-01 is unconfirmed (the spec: unset reads back as
        // Standard from API 2025-11-01); passing it here reports nothing either way.
        if (!(sameText(type, "TrustedLaunch") || sameText(type, "ConfidentialVM"))) {
            return;
        }
        // Default: unset vTpmEnabled and secureBootEnabled are off in the REST API; only the portal, the Azure CLI and
        // PowerShell fill true in. Source: https://github.com/Azure/azure-cli/issues/23935 (why the CLI defaults them
        // on).
        const uefi = security?.uefiSettings;
        if (uefi?.vTpmEnabled !== true) {
            ctx.report("vTpmOff", { prefix });
        }
        if (uefi?.secureBootEnabled !== true) {
            ctx.report("secureBootOff", { prefix });
        }
    }),
});
