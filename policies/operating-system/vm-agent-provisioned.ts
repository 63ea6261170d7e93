import { guestConfigurations, onVmModel, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "vm-agent-provisioned",
    description: "Virtual machines and scale sets keep the Azure VM agent, which platform patching, patch assessment and monitoring extensions need.",
    area: "operating-system",
    severity: "medium",
    // PV-6: AutomaticByPlatform patching and assessment require the agent; it also carries the monitoring extensions.
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Leave provisionVMAgent unset (it defaults to true) or set it to true in " +
        "osProfile.linuxConfiguration / osProfile.windowsConfiguration (virtualMachineProfile.osProfile on a scale set).",
    messages: {
        agentNotProvisioned: "{{path}}.provisionVMAgent is false, so the VM agent is not installed and Azure can neither patch nor assess the OS nor run extensions: set it to true.",
    },
    check: onVmModel((model, prefix, ctx) => {
        // Default: unset provisionVMAgent is true. Source: REST spec Microsoft.Compute 2024-11-01, LinuxConfiguration
        // and WindowsConfiguration.provisionVMAgent (azure-native 3.28 docs).
        for (const { key, config } of guestConfigurations(model.osProfile)) {
            if (config.provisionVMAgent === false) {
                ctx.report("agentNotProvisioned", { path: `${prefix}osProfile.${key}` });
            }
        }
    }),
});
