import { option, resourcePolicy } from "../../lib/kit";

/** The subscription of a resource id (`/subscriptions/<id>/...`), lower case; undefined for anything else. */
const subscriptionOf = (id: string) => /^\/subscriptions\/([^/]+)(\/|$)/i.exec(id.trim())?.[1]?.toLowerCase();

export default resourcePolicy({
    name: "virtual-network-peering-trusted-remote",
    description: "Virtual network peerings connect only to virtual networks in the subscriptions the organization lists " +
        "(opt-in: with the default empty list, any remote network is allowed and nothing is flagged).",
    area: "networking",
    // Medium: a peering joins two address spaces into one routing domain (allowVirtualNetworkAccess defaults to
    // true), so a remote network outside the organization reaches every workload here that an NSG does not stop,
    // and with useRemoteGateways it also carries on-premises routes.
    severity: "medium",
    frameworks: { mcsb: ["NS-1"] },
    remediation: "Peer only with virtual networks in one of allowedSubscriptionIds (remoteVirtualNetwork.id), or have " +
        "the remote subscription added to the list. For a network that must stay reachable but not trusted, set " +
        "allowVirtualNetworkAccess: false, allowForwardedTraffic: false and useRemoteGateways: false, and filter with NSGs.",
    messages: {
        remoteNotAllowed: "remoteVirtualNetwork.id is not a virtual network in one of the allowed subscriptions, so this peering may join the network to one the organization does not control: peer only with networks in {{config.allowedSubscriptionIds}}.",
    },
    config: {
        allowedSubscriptionIds: option.stringList({
            default: [],
            description: "Subscription ids whose virtual networks may be peered with, in any case. Empty (the default): " +
                "any remote network, and the policy flags nothing.",
        }),
    },
    check: {
        virtualNetworkPeering: (peering, ctx) => {
            const allowed = new Set(ctx.config.allowedSubscriptionIds.map((s) => s.trim().toLowerCase()));
            if (allowed.size === 0) {
                return;
            }
            // No default: remoteVirtualNetwork is required by Azure; a peering without it is not created.
            // Source: https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering
            const id = peering.remoteVirtualNetwork?.id;
            if (typeof id !== "string") {
                return;
            }
            const subscription = subscriptionOf(id);
            if (subscription === undefined || !allowed.has(subscription)) {
                ctx.report("remoteNotAllowed");
            }
        },
    },
});
