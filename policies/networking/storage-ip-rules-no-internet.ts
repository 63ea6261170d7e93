import { classifyAddressOrRange, internetWideOption, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-ip-rules-no-internet",
    description: "Storage accounts that deny network access by default let in specific address ranges, none so wide that it opens the account to the whole Internet.",
    area: "networking",
    // Critical: a data service reachable from (nearly) every address on the Internet is what breaches are made of;
    // the model lowers it one step where network controls are shared (PaaS), which keeps it mandatory.
    severity: "critical",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Narrow each networkRuleSet.ipRules[].iPAddressOrRange to the clients' own public addresses, or remove it " +
        "and admit subnets with networkRuleSet.virtualNetworkRules, or set publicNetworkAccess to Disabled and " +
        "connect through a private endpoint. The option internetWideAddresses sets how wide a range may be " +
        "(default 2^24 addresses, a /8).",
    messages: {
        internetWide: "networkRuleSet.ipRules[{{index}}].iPAddressOrRange covers at least {{config.internetWideAddresses}} addresses, which undoes defaultAction Deny for most of the Internet: narrow it to the clients' own addresses, or use virtualNetworkRules or a private endpoint instead.",
    },
    config: { internetWideAddresses: internetWideOption() },
    check: {
        storageAccount: (account, ctx) => {
            // Storage takes public IPv4 addresses and CIDR ranges here (no /31 or /32, no RFC 1918 ranges) and has no
            // "allow Azure services" marker (trusted services go through networkRuleSet.bypass instead).
            // Source: https://learn.microsoft.com/azure/storage/common/storage-network-security-limitations
            const reading = { internetWideAddresses: ctx.config.internetWideAddresses, azureServicesMarker: false };
            const wide: number[] = [];
            ctx.each(account.networkRuleSet?.ipRules, (rule, index) => {
                if (classifyAddressOrRange(rule.iPAddressOrRange, reading) === "internetWide") {
                    wide.push(index);
                }
            });
            if (wide.length === 0) {
                return;
            }
            // The IP rules matter only behind defaultAction Deny on an open public endpoint. Default: an unset
            // defaultAction is Allow, which lets every network in whatever the rules (storage-network-default-deny
            // reports that); publicNetworkAccess Disabled, or SecuredByPerimeter (a network security perimeter's
            // rules decide), admits nothing through them. Source: REST spec Microsoft.Storage 2024-01-01,
            // NetworkRuleSet.defaultAction default Allow; https://learn.microsoft.com/azure/storage/common/storage-network-security
            if (sameText(account.publicNetworkAccess, "Disabled") || sameText(account.publicNetworkAccess, "SecuredByPerimeter")) {
                return;
            }
            if (!sameText(account.networkRuleSet?.defaultAction, "Deny")) {
                return;
            }
            wide.forEach((index) => ctx.report("internetWide", { index }));
        },
    },
});
