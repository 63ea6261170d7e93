import type { VirtualMachineArgs, VirtualMachineScaleSetArgs } from "@pulumi/azure-native/compute";
import type { Unwrap } from "@pulumi/pulumi";
import { notTrue } from "../../lib/kit/checks/flags";
import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

type Machine = Unwrap<VirtualMachineArgs> | Unwrap<VirtualMachineScaleSetArgs>;

export default resourcePolicy({
    name: "vm-linux-password-auth-disabled",
    description: "Linux virtual machines and scale sets accept SSH keys only, with password authentication disabled.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-6"] },
    remediation: "Set osProfile.linuxConfiguration.disablePasswordAuthentication to true (on scale sets under " +
        "virtualMachineProfile.osProfile) and give ssh.publicKeys instead of adminPassword. Unset means false: " +
        "password sign-in stays allowed.",
    resources: [catalog.virtualMachine, catalog.virtualMachineScaleSet],
    check: (machine: Machine, ctx) => {
        const scaleSet = ctx.type === catalog.virtualMachineScaleSet;
        const os = scaleSet
            ? (machine as Unwrap<VirtualMachineScaleSetArgs>).virtualMachineProfile?.osProfile
            : (machine as Unwrap<VirtualMachineArgs>).osProfile;
        // Windows machines carry windowsConfiguration instead; they are not this policy's concern.
        const linux = os?.linuxConfiguration;
        if (linux === undefined || linux === null) {
            return;
        }
        if (linux.disablePasswordAuthentication !== true) {
            const path = `${scaleSet ? "virtualMachineProfile." : ""}osProfile.linuxConfiguration.disablePasswordAuthentication`;
            ctx.report(`${path} ${notTrue(linux.disablePasswordAuthentication)}, so SSH accepts passwords, ` +
                "which can be guessed: set it to true and use SSH keys.");
        }
    },
});
