import { isSettings, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "image-builder-private-link",
    description: "VM Image Builder templates build their images inside your virtual network (vmProfile.vnetConfig), " +
        "reached through Private Link, not over public IP addresses.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"], azurePolicy: ["2154edb9-244f-4741-9970-660785bccdaa"] },
    remediation: "Set vmProfile.vnetConfig with subnetId set to a subnet of your virtual network (and, for isolated " +
        "builds, containerInstanceSubnetId): Image Builder then places its build VM there and reaches it through a " +
        "Private Link service. Without vnetConfig the build VM gets a public IP address.",
    messages: {
        noVnetConfig: "vmProfile.vnetConfig is not set, so the build VM runs with a public IP address outside your network: set vmProfile.vnetConfig.subnetId to a subnet of your virtual network.",
    },
    check: {
        imageTemplate: (template, ctx) => {
            // Default: without vnetConfig Image Builder deploys the build VM with a public IP in its staging resource
            // group. Source: https://learn.microsoft.com/azure/virtual-machines/linux/image-builder-networking.
            // Azure Policy's definition asks only that vnetConfig exists; its ids are usually other resources'
            // outputs, unknown at preview, so its presence is tested with `in`, without reading them.
            const profile = template.vmProfile;
            if (!isSettings(profile) || !("vnetConfig" in profile)) {
                ctx.report("noVnetConfig");
            }
        },
    },
});
