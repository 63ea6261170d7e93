import { onVmModel, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "vm-encryption-at-host",
    description: "Virtual machines and scale sets encrypt at the host, covering temp disks and disk caches too.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-4"] },
    remediation: "Set securityProfile.encryptionAtHost to true on compute.VirtualMachine, and " +
        "virtualMachineProfile.securityProfile.encryptionAtHost on compute.VirtualMachineScaleSet (register the " +
        "EncryptionAtHost feature on the subscription first). It is off unless set.",
    messages: {
        hostEncryptionOff: "{{prefix}}securityProfile.encryptionAtHost is not true, so temp disks and caches are not encrypted at the host: set it to true.",
    },
    check: onVmModel((model, prefix, ctx) => {
        // Default: host encryption is off unless encryptionAtHost is true. Source: REST spec Microsoft.Compute
        // 2024-11-01, SecurityProfile.encryptionAtHost (azure-native 3.28 docs).
        if (model.securityProfile?.encryptionAtHost !== true) {
            ctx.report("hostEncryptionOff", { prefix });
        }
    }),
});
