import { coversPort, openRuleCheck, openRuleMessages, resourcePolicy, tcp } from "../../lib/kit";

export default resourcePolicy({
    name: "nsg-no-ssh-from-internet",
    description: "No network security group rule allows SSH (TCP port 22) inbound from the Internet.",
    area: "networking",
    severity: "critical",
    frameworks: {
        mcsb: ["NS-1", "NS-3"], cis: ["7.2"],
        azurePolicy: [
            { id: "22730e10-96f6-4aac-ad84-9383d35b5917", partial: "flags NSG rules that open SSH to the Internet; " +
                "the definition is Defender for Cloud's assessment of the management ports each VM exposes, through " +
                "whichever NSGs apply to it, or none" },
        ],
    },
    remediation: "Narrow or remove the rule: set sourceAddressPrefix (or sourceAddressPrefixes) to trusted address " +
        "ranges instead of *, Internet, Any or 0.0.0.0/0, or set access to Deny; reach VMs through Azure Bastion, a " +
        "VPN or just-in-time VM access.",
    messages: openRuleMessages("SSH (TCP port 22)",
        "limit its source address prefixes to trusted ranges, or use Azure Bastion or just-in-time access."),
    // No default to rely on: direction, access and protocol are required in REST spec Microsoft.Network 2024-05-01
    // (SecurityRulePropertiesFormat), and a rule without an Internet source prefix is not open to it.
    check: openRuleCheck({ protocols: tcp, reaches: coversPort(22) }),
});
