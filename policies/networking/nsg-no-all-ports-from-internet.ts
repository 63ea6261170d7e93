import { catalog } from "../../lib/kit/model";
import { coversAllPorts, reportOpenRules, tcpOrUdp } from "../../lib/kit/checks/nsg";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "nsg-no-all-ports-from-internet",
    description: "No network security group rule allows inbound traffic from the Internet to every port.",
    area: "networking",
    severity: "critical",
    frameworks: { mcsb: ["NS-1"] },
    remediation: "Open only the ports the workload serves: set destinationPortRange (or destinationPortRanges) to " +
        "those ports instead of * or 0-65535, or set sourceAddressPrefix (or sourceAddressPrefixes) to trusted " +
        "address ranges instead of *, Internet, Any or 0.0.0.0/0.",
    resources: [catalog.networkSecurityGroup, catalog.securityRule],
    // Tcp, Udp and "*" carry ports; Icmp, Esp and Ah have none, so "*" ports on them opens no service.
    check: (props, ctx) => reportOpenRules(props, ctx, { protocols: tcpOrUdp, reaches: coversAllPorts }, (rule) =>
        `${rule} allows inbound traffic from the Internet to every port: open only the ports the workload ` +
        "serves, to trusted source ranges."),
});
