import { coversPort, openRuleCheck, openRuleMessages, resourcePolicy, tcp } from "../../lib/kit";

export default resourcePolicy({
    name: "nsg-no-winrm-from-internet",
    description: "No network security group rule allows WinRM (TCP ports 5985 and 5986) inbound from the Internet.",
    area: "networking",
    severity: "critical",
    frameworks: { mcsb: ["NS-1", "NS-3"] },
    remediation: "Narrow or remove the rule: set sourceAddressPrefix (or sourceAddressPrefixes) to trusted address " +
        "ranges instead of *, Internet, Any or 0.0.0.0/0, or set access to Deny; manage VMs through Azure Bastion, " +
        "a VPN or Run Command.",
    messages: openRuleMessages("WinRM (TCP port 5985 or 5986)",
        "limit its source address prefixes to trusted ranges, or manage the VM through Azure Bastion or a VPN."),
    // No default to rely on: direction, access and protocol are required in REST spec Microsoft.Network 2024-05-01
    // (SecurityRulePropertiesFormat), and a rule without an Internet source prefix is not open to it.
    check: openRuleCheck({ protocols: tcp, reaches: coversPort(5985, 5986) }),
});
