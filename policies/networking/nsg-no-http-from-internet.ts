import { coversPort, openRuleCheck, openRuleMessages, resourcePolicy, tcp } from "../../lib/kit";

export default resourcePolicy({
    name: "nsg-no-http-from-internet",
    description: "No network security group rule allows HTTP or HTTPS (TCP 80, 443) inbound from the Internet " +
        "straight to the workload; web traffic reaches it through a gateway that inspects it.",
    area: "networking",
    // Low: a public web front end is sometimes the point, and CIS asks for the rule to be evaluated, not banned.
    // What it catches is a VM or scale set serving the web itself, with no WAF or TLS termination in front.
    severity: "low",
    frameworks: { mcsb: ["NS-1", "NS-6"], cis: ["7.4"] },
    remediation: "Publish web workloads through Application Gateway with WAF or Front Door and allow ports 80/443 " +
        "only from them (source GatewayManager/AzureFrontDoor.Backend service tags or the gateway's subnet), or set " +
        "sourceAddressPrefix to the ranges that need the site.",
    messages: openRuleMessages("HTTP or HTTPS (port 80 or 443)",
        "serve it through Application Gateway (WAF) or Front Door and allow only their addresses, or limit the source prefixes."),
    // No default to rely on: direction, access and protocol are required in REST spec Microsoft.Network 2024-05-01.
    check: openRuleCheck({ protocols: tcp, reaches: coversPort(80, 443) }),
});
