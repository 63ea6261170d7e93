import { option, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-network-default-deny",
    description: "Storage accounts deny network access by default, or disable public network access.",
    area: "networking",
    severity: "high",
    frameworks: {
        mcsb: ["NS-2"], cis: ["9.3.2.3"],
        // Full with the options below: 34c877ad with acceptPublicAccessDisabled off, 2a1a9cdf and db4f9b05 (which
        // leaves out accounts in Databricks-managed resource groups, which programs do not create) with
        // virtualNetworkRulesOnly on. The defaults differ, for the reasons the options give.
        azurePolicy: ["34c877ad-507e-4c82-993e-3452a6e0ad3c", "2a1a9cdf-e04d-429a-8416-3bfb72a1b26f",
            "db4f9b05-5ffd-4b34-b714-3c710dbb3fd6"],
    },
    remediation: "Set networkRuleSet: { defaultAction: \"Deny\" } and allow trusted networks through ipRules and " +
        "virtualNetworkRules, or set publicNetworkAccess to Disabled and use private endpoints. Azure Policy's MCSB " +
        "definitions are stricter: they want defaultAction Deny even with public access disabled (option " +
        "acceptPublicAccessDisabled: false) and, in two of them, no ipRules at all (option virtualNetworkRulesOnly).",
    noFix: "a default deny blocks every client that is not yet on the allow list or behind a private endpoint",
    messages: {
        networkDefaultAllow: "networkRuleSet.defaultAction is not Deny (unset means Allow), so any network can reach the account: set it to Deny with ipRules or virtualNetworkRules, or set publicNetworkAccess to Disabled.",
        defaultAllowBehindPublicAccessOff: "publicNetworkAccess closes the public endpoint, but networkRuleSet.defaultAction is not Deny (unset means Allow), which this policy's config requires: set defaultAction to Deny.",
        ipRulesNotAccepted: "networkRuleSet.ipRules lets addresses in, and this policy's config accepts virtual network rules only: reach the account through virtualNetworkRules or a private endpoint, and remove the ipRules.",
    },
    config: {
        acceptPublicAccessDisabled: option.boolean({
            default: true,
            description: "Pass an account whose publicNetworkAccess is Disabled or SecuredByPerimeter whatever its " +
                "networkRuleSet (it has no open public endpoint to restrict). Off: defaultAction must be Deny too, as " +
                "MCSB definition 34c877ad reads.",
        }),
        virtualNetworkRulesOnly: option.boolean({
            default: false,
            description: "Flag ipRules: only virtual network rules may let networks in, as MCSB definitions 2a1a9cdf " +
                "and db4f9b05 read. Off by default: an office or partner range in ipRules behind defaultAction Deny " +
                "is a restriction many teams rely on.",
        }),
    },
    check: {
        storageAccount: (account, ctx) => {
            // Default: an unset networkRuleSet, or one without defaultAction, allows every network. Source: REST spec
            // Microsoft.Storage 2024-01-01, NetworkRuleSet.defaultAction default Allow (azure-native 3.28 fills it in).
            const denies = () => sameText(account.networkRuleSet?.defaultAction, "Deny");
            // SecuredByPerimeter hands public access to a network security perimeter's rules, which deny by default.
            const closed = sameText(account.publicNetworkAccess, "Disabled") || sameText(account.publicNetworkAccess, "SecuredByPerimeter");
            if (closed && ctx.config.acceptPublicAccessDisabled) {
                return;
            }
            if (!denies()) {
                ctx.report(closed ? "defaultAllowBehindPublicAccessOff" : "networkDefaultAllow");
            }
            const ipRules = account.networkRuleSet?.ipRules;
            if (ctx.config.virtualNetworkRulesOnly && Array.isArray(ipRules) && ipRules.length > 0) {
                ctx.report("ipRulesNotAccepted");
            }
        },
    },
});
