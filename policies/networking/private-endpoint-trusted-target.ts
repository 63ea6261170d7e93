import { isSettings, option, resourcePolicy } from "../../lib/kit";

const kinds = ["privateLinkServiceConnections", "manualPrivateLinkServiceConnections"] as const;

/** The subscription of a resource id (`/subscriptions/<id>/...`); undefined for a Private Link service alias. */
const subscriptionOf = (id: string) => /^\/subscriptions\/([^/]+)(\/|$)/i.exec(id.trim())?.[1]?.toLowerCase();

export default resourcePolicy({
    name: "private-endpoint-trusted-target",
    description: "Private endpoints connect with automatic (approved-on-create) connections, and, when the organization lists its subscriptions, only to resources in those subscriptions.",
    area: "networking",
    // Low: an advisory. A manual connection is the usual shape of an endpoint into a resource its creator has no
    // rights on, often in another tenant: a path out of the virtual network that network rules do not see, since
    // the endpoint's address is private. It is also how legitimate partner services are reached.
    severity: "low",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Connect through privateLinkServiceConnections to a resource of your own (which approves the " +
        "connection as it is made), not manualPrivateLinkServiceConnections, which wait for another party to approve " +
        "them. If manual connections to partners are expected, set allowManualConnections; to pin endpoints to your " +
        "own subscriptions, list them in allowedSubscriptionIds.",
    messages: {
        manualConnection: "{{path}} is a manual connection, which waits for the target's owner to approve it, the usual shape of an endpoint into a resource of another party or tenant: connect to a resource of your own with privateLinkServiceConnections, or set allowManualConnections if such connections are expected.",
        targetNotAllowed: "{{path}} is not a resource id in one of the allowed subscriptions (a Private Link service alias cannot be shown to be one), so the endpoint may carry data out of the organization: connect only to resources in {{config.allowedSubscriptionIds}}.",
    },
    config: {
        allowManualConnections: option.boolean({
            default: false,
            description: "Accept manualPrivateLinkServiceConnections (e.g. to partner Private Link services). Off (the " +
                "default), each one is reported as a low advisory finding.",
        }),
        allowedSubscriptionIds: option.stringList({
            default: [],
            description: "Subscription ids that private endpoints may connect into, in any case. Empty (the default): any " +
                "subscription. When set, a connection whose privateLinkServiceId is an alias (not a resource id) is reported, " +
                "since its subscription cannot be told.",
        }),
    },
    check: {
        privateEndpoint: (endpoint, ctx) => {
            const allowed = new Set(ctx.config.allowedSubscriptionIds.map((s) => s.trim().toLowerCase()));
            for (const kind of kinds) {
                // No default: an endpoint has the connections it is given.
                ctx.each(endpoint[kind], (connection, i) => {
                    const path = `${kind}[${i}]`;
                    if (kind === "manualPrivateLinkServiceConnections" && !ctx.config.allowManualConnections) {
                        ctx.report("manualConnection", { path });
                    }
                    if (allowed.size === 0 || !isSettings(connection)) {
                        return;
                    }
                    const id = connection.privateLinkServiceId;
                    if (typeof id !== "string") {
                        return; // Azure requires it: an endpoint without one is not created
                    }
                    const subscription = subscriptionOf(id);
                    if (subscription === undefined || !allowed.has(subscription)) {
                        ctx.report("targetNotAllowed", { path: `${path}.privateLinkServiceId` });
                    }
                });
            }
        },
    },
});
