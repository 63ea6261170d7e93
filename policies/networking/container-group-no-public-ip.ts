import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "container-group-no-public-ip",
    description: "Container groups (Container Instances) have no public IP address: they run in a virtual network subnet, or have no IP at all.",
    area: "networking",
    // Medium: what is exposed depends on the ports and on what the containers serve; no NSG or firewall can sit in
    // front of a public container group, so every listed port is open to the internet.
    severity: "medium",
    frameworks: { mcsb: ["NS-1", "NS-2"] },
    remediation: "Deploy the group into a delegated subnet with subnetIds and ipAddress.type Private instead of " +
        "Public, and publish what must be public through Application Gateway (with a WAF) or another reverse proxy; " +
        "or leave ipAddress unset for a group that takes no inbound traffic. A public IP cannot be filtered: the " +
        "network security groups of a subnet do not apply to it.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicIp: "ipAddress.type is Public, so the group's ports are open to the whole internet with no network filter in front: deploy it into a subnet (subnetIds, ipAddress.type Private) and publish it through Application Gateway if it must be public.",
    },
    check: {
        containerGroup: (group, ctx) => {
            // Default: a group without ipAddress has no IP address (no inbound traffic); ipAddress.type is required
            // when ipAddress is set. Source: https://learn.microsoft.com/azure/container-instances/container-instances-vnet
            // and REST spec Microsoft.ContainerInstance 2024-10-01-preview, IpAddress.type.
            if (sameText(group.ipAddress?.type, "Public")) {
                ctx.report("publicIp");
            }
        },
    },
});
