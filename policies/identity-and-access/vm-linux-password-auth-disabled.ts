import { onVmModel, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "vm-linux-password-auth-disabled",
    description: "Linux virtual machines and scale sets accept SSH keys only, with password authentication disabled.",
    area: "identity-and-access",
    severity: "high",
    frameworks: {
        mcsb: ["IM-6"],
        azurePolicy: [
            { id: "630c64f9-8b6b-4c64-b511-6544ceff6fd6", partial: "checks disablePasswordAuthentication in the VM's " +
                "model; the definition is reported from inside the machine by guest configuration, whose extension " +
                "and managed identity the policy does not require" },
        ],
    },
    remediation: "Set osProfile.linuxConfiguration.disablePasswordAuthentication to true (on scale sets under " +
        "virtualMachineProfile.osProfile) and give ssh.publicKeys instead of adminPassword. Unset means false: " +
        "password sign-in stays allowed.",
    noFix: "a VM without an SSH key would be left with no way to sign in",
    messages: {
        passwordAuthEnabled: "{{prefix}}osProfile.linuxConfiguration.disablePasswordAuthentication is not true (unset means false), so SSH accepts passwords, which can be guessed: set it to true and use SSH keys.",
    },
    check: onVmModel((model, prefix, ctx) => {
        // Windows machines carry windowsConfiguration instead; they are not this policy's concern.
        const linux = model.osProfile?.linuxConfiguration;
        if (linux === undefined || linux === null) {
            return;
        }
        // Default: unset disablePasswordAuthentication is taken as false, password sign-in on (unconfirmed: REST spec
        // Microsoft.Compute 2024-11-01, LinuxConfiguration, gives no default and Learn names none for the API).
        if (linux.disablePasswordAuthentication !== true) {
            ctx.report("passwordAuthEnabled", { prefix });
        }
    }),
});
