import type { VirtualMachineArgs, VirtualMachineScaleSetArgs } from "@pulumi/azure-native/compute";
import type { Unwrap } from "@pulumi/pulumi";
import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "vm-encryption-at-host",
    description: "Virtual machines and scale sets encrypt at the host, covering temp disks and disk caches too.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-4"] },
    remediation: "Set securityProfile.encryptionAtHost to true on compute.VirtualMachine, and " +
        "virtualMachineProfile.securityProfile.encryptionAtHost on compute.VirtualMachineScaleSet (register the " +
        "EncryptionAtHost feature on the subscription first). It is off unless set.",
    resources: [catalog.virtualMachine, catalog.virtualMachineScaleSet],
    check: (vm, ctx) => {
        const scaleSet = ctx.type === catalog.virtualMachineScaleSet;
        const profile = scaleSet
            ? (vm as Unwrap<VirtualMachineScaleSetArgs>).virtualMachineProfile
            : (vm as Unwrap<VirtualMachineArgs>);
        if (scaleSet && profile === undefined) {
            return; // a flexible scale set without a VM model creates no VMs of its own
        }
        if (profile?.securityProfile?.encryptionAtHost !== true) {
            const path = scaleSet ? "virtualMachineProfile.securityProfile" : "securityProfile";
            ctx.report(`${path}.encryptionAtHost is not true, so temp disks and caches are not encrypted at the ` +
                "host: set it to true.");
        }
    },
});
