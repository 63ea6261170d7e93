import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "vm-nic-no-public-ip",
    description: "Network interfaces have no public IP address; VMs are reached through a load balancer, Azure Bastion or a VPN.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-1"] },
    remediation: "Remove publicIPAddress from the network interface's ipConfigurations; publish services through a " +
        "load balancer or Application Gateway and reach VMs for administration through Azure Bastion or a VPN.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicIpAttached: "ipConfigurations[{{index}}] has a publicIPAddress, exposing the VM directly to the Internet: remove it and reach the VM through a load balancer, Azure Bastion or a VPN.",
    },
    check: {
        networkInterface: (nic, ctx) => {
            // A public IP is attached whether it is given by id or inline, even while its id is still unknown.
            ctx.each(nic.ipConfigurations, (config, index) => {
                if (config.publicIPAddress) {
                    ctx.report("publicIpAttached", { index });
                }
            });
        },
    },
});
