import { openRuleCheck, openRuleMessages, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "nsg-no-udp-from-internet",
    description: "No network security group rule allows UDP inbound from the Internet.",
    area: "networking",
    // UDP services (DNS, NTP, SSDP, CLDAP, memcached) are what reflection and amplification attacks abuse, and a
    // UDP listener answers without a handshake, so an open rule both exposes the service and lends the VM to attacks.
    severity: "medium",
    frameworks: { mcsb: ["NS-1"], cis: ["7.3"] },
    remediation: "Narrow or remove the rule: set sourceAddressPrefix (or sourceAddressPrefixes) to the ranges that " +
        "need the UDP service instead of *, Internet, Any or 0.0.0.0/0, set protocol to Tcp if UDP is not needed, or " +
        "set access to Deny; publish a UDP service that must be public behind a load balancer with DDoS protection.",
    messages: openRuleMessages("UDP",
        "limit its source address prefixes to the ranges that need the service, or set protocol to Tcp if UDP is not needed."),
    // No default to rely on: direction, access and protocol are required in REST spec Microsoft.Network 2024-05-01
    // (SecurityRulePropertiesFormat); a rule for any protocol (*) carries UDP too.
    check: openRuleCheck({ protocols: ["Udp", "*"], reaches: (ranges) => ranges.length > 0 }),
});
