import { coversAllPorts, openRuleCheck, openRuleMessages, resourcePolicy, tcpOrUdp } from "../../lib/kit";

export default resourcePolicy({
    name: "nsg-no-all-ports-from-internet",
    description: "No network security group rule allows inbound traffic from the Internet to every port.",
    area: "networking",
    severity: "critical",
    frameworks: { mcsb: ["NS-1"] },
    remediation: "Open only the ports the workload serves: set destinationPortRange (or destinationPortRanges) to " +
        "those ports instead of * or 0-65535, or set sourceAddressPrefix (or sourceAddressPrefixes) to trusted " +
        "address ranges instead of *, Internet, Any or 0.0.0.0/0.",
    messages: openRuleMessages("traffic to every port",
        "open only the ports the workload serves, to trusted source ranges."),
    // Tcp, Udp and "*" carry ports; Icmp, Esp and Ah have none, so "*" ports on them opens no service.
    // No default to rely on: direction, access and protocol are required in REST spec Microsoft.Network 2024-05-01
    // (SecurityRulePropertiesFormat), and a rule without an Internet source prefix is not open to it.
    check: openRuleCheck({ protocols: tcpOrUdp, reaches: coversAllPorts }),
});
