import { isSettings, option, resourcePolicy } from "../../lib/kit";

/** Each kind of destination a data collection rule sends to, with the input holding the destination's resource id. */
const destinations = [
    ["logAnalytics", "workspaceResourceId"],
    ["eventHubs", "eventHubResourceId"],
    ["eventHubsDirect", "eventHubResourceId"],
    ["monitoringAccounts", "accountResourceId"],
    ["storageAccounts", "storageAccountResourceId"],
    ["storageBlobsDirect", "storageAccountResourceId"],
    ["storageTablesDirect", "storageAccountResourceId"],
] as const;

/** The subscription of a resource id (`/subscriptions/<id>/...`), lower case; undefined for anything else. */
const subscriptionOf = (id: string) => /^\/subscriptions\/([^/]+)(\/|$)/i.exec(id.trim())?.[1]?.toLowerCase();

export default resourcePolicy({
    name: "data-collection-rule-trusted-destinations",
    description: "Data collection rules send the logs and metrics they collect only to workspaces, event hubs, storage " +
        "accounts and monitoring accounts in the subscriptions the organization lists (opt-in: with the default empty " +
        "list, any destination is allowed and nothing is flagged).",
    area: "monitoring-and-logging",
    // Medium: what a rule collects (security events, syslog, performance and custom logs) leaves the organization's
    // control when its destination is in a subscription, or tenant, that the organization does not own.
    severity: "medium",
    frameworks: { mcsb: ["LT-5"] },
    remediation: "Point destinations.logAnalytics[].workspaceResourceId (and the event hub, storage and monitoring " +
        "account destinations) at resources in one of allowedDestinationSubscriptionIds, such as the central security " +
        "workspace. The policy flags nothing until an admin lists the subscriptions.",
    messages: {
        destinationNotAllowed: "{{path}} is not a resource id in one of the allowed subscriptions, so the data this rule collects may leave the organization's control: send it to a destination in {{config.allowedDestinationSubscriptionIds}}.",
    },
    config: {
        allowedDestinationSubscriptionIds: option.stringList({
            default: [],
            description: "Subscription ids whose resources data collection rules may send data to, in any case. Empty (the " +
                "default): any destination, and the policy flags nothing. Azure Monitor Metrics (azureMonitorMetrics) is " +
                "always allowed: it stays with the monitored resource.",
        }),
    },
    check: {
        dataCollectionRule: (rule, ctx) => {
            const allowed = new Set(ctx.config.allowedDestinationSubscriptionIds.map((s) => s.trim().toLowerCase()));
            if (allowed.size === 0) {
                return;
            }
            // No default: a rule sends only to the destinations it names.
            // Source: https://learn.microsoft.com/azure/azure-monitor/essentials/data-collection-rule-structure
            const given = rule.destinations;
            for (const [kind, input] of destinations) {
                ctx.each(given?.[kind], (destination, i) => {
                    const id = isSettings(destination) ? (destination as Record<string, unknown>)[input] : undefined;
                    if (typeof id !== "string") {
                        return; // Azure requires the id: a destination without one is rejected
                    }
                    const subscription = subscriptionOf(id);
                    if (subscription === undefined || !allowed.has(subscription)) {
                        ctx.report("destinationNotAllowed", { path: `destinations.${kind}[${i}].${input}` });
                    }
                });
            }
        },
    },
});
