import { listOf, readKnown, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "cognitive-services-network-access-restricted",
    description: "Azure AI services (Cognitive Services) accounts and Azure AI Search services disable public network " +
        "access or let in only the networks they list.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2"], azurePolicy: ["037eea7a-bd0a-46c5-9a66-03aea78705d3"] },
    remediation: "On an AI services account, set properties.publicNetworkAccess to Disabled and use private endpoints, " +
        "or set properties.networkAcls: { defaultAction: \"Deny\" } with the ipRules and virtualNetworkRules you trust. " +
        "On an AI Search service, set publicNetworkAccess to Disabled, or list the addresses you trust in " +
        "networkRuleSet.ipRules (every other public address is then refused). publicNetworkAccess defaults to " +
        "Enabled and, without network rules, any network is let in.",
    noFix: "a default deny blocks every client that is not yet on the allow list or behind a private endpoint",
    messages: {
        accountOpen: "properties.publicNetworkAccess is not Disabled and properties.networkAcls.defaultAction is not Deny (unset means any network), so any network can reach the account: set publicNetworkAccess to Disabled, or networkAcls.defaultAction to Deny.",
        searchOpen: "publicNetworkAccess is not Disabled and networkRuleSet.ipRules lists no address (unset means any network), so any network can reach the search service: set publicNetworkAccess to Disabled, or list trusted addresses in networkRuleSet.ipRules.",
    },
    check: {
        cognitiveServicesAccount: (account, ctx) => {
            // Default: unset publicNetworkAccess is Enabled and unset networkAcls let every network in. Source:
            // https://learn.microsoft.com/azure/ai-services/cognitive-services-virtual-networks ("By default, Azure AI
            // services resources accept connections from clients on any network").
            const disabled = () => sameText(account.properties?.publicNetworkAccess, "Disabled");
            const denies = () => sameText(account.properties?.networkAcls?.defaultAction, "Deny");
            // One known restriction is enough, even while the other setting is unknown.
            if (readKnown(disabled) === true || readKnown(denies) === true) {
                return;
            }
            // Reading both again leaves the check undecided while either is unknown.
            if (!disabled() && !denies()) {
                ctx.report("accountOpen");
            }
        },
        searchService: (service, ctx) => {
            // Default: unset publicNetworkAccess is Enabled (azure-native 3.28 fills it in) and without ipRules every
            // public address is let in. Source: https://learn.microsoft.com/azure/search/service-configure-firewall
            const disabled = () => sameText(service.publicNetworkAccess, "Disabled");
            const rules = () => listOf(service.networkRuleSet?.ipRules);
            // A rule with an address restricts access, as Azure Policy's test on ipRules[*].value reads it.
            const listsAddress = (i: number) => !!rules()[i]?.value;
            const count = readKnown(() => rules().length) ?? 0;
            // One known restriction is enough, even while other values are unknown.
            if (readKnown(disabled) === true || Array.from({ length: count }, (_, i) => i)
                .some((i) => readKnown(() => listsAddress(i)) === true)) {
                return;
            }
            // Reading them again leaves the check undecided while one is unknown.
            if (!disabled() && !rules().some((_, i) => listsAddress(i))) {
                ctx.report("searchOpen");
            }
        },
    },
});
