import { onVmModel, resourcePolicy } from "../../lib/kit";

/** What the policy leaves out of the "Azure Disk Encryption or EncryptionAtHost" definitions. */
const reportedInGuest = "requires encryption at host, which satisfies the definition, but the definition is " +
    "reported from inside the machine by guest configuration, whose extension and managed identity the policy does " +
    "not require";

export default resourcePolicy({
    name: "vm-encryption-at-host",
    description: "Virtual machines and scale sets encrypt at the host, covering temp disks and disk caches too.",
    area: "data-protection",
    severity: "medium",
    frameworks: {
        mcsb: ["DP-4"],
        azurePolicy: [
            "fc4d8e41-e223-45ea-9bf5-eada37891d87",
            { id: "ca88aadc-6e2b-416c-9de2-5a0f01d1693f", partial: reportedInGuest },
            { id: "3dc5edcd-002d-444c-b216-e123bbfa37c0", partial: reportedInGuest },
        ],
    },
    remediation: "Set securityProfile.encryptionAtHost to true on compute.VirtualMachine, and " +
        "virtualMachineProfile.securityProfile.encryptionAtHost on compute.VirtualMachineScaleSet (register the " +
        "EncryptionAtHost feature on the subscription first). It is off unless set.",
    noFix: "it needs the EncryptionAtHost feature registered on the subscription and a VM size that supports it, and the VM deallocated",
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
