import { option, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "saas-approved-publisher",
    description: "Marketplace SaaS subscriptions are bought only from publishers the organization approved (opt-in: with the default empty list, every publisher is allowed and nothing is flagged).",
    area: "compliance",
    // Medium: with a SaaS offer only the data and the identities that reach it stay the customer's, so the vendor
    // chosen is the one control left; an unvetted vendor receives both.
    severity: "medium",
    frameworks: { mcsb: ["AM-2"] },
    remediation: "Subscribe only to offers of an approved publisher (properties.publisherId), or have the publisher " +
        "vetted and added to approvedPublishers. The policy flags nothing until an admin configures approvedPublishers.",
    messages: {
        publisherNotApproved: "properties.publisherId is not an approved SaaS publisher, so organization data and identities would go to an unvetted vendor: subscribe to an offer of one of {{config.approvedPublishers}}, or have this publisher approved.",
        publisherUnset: "properties.publisherId is not set, so the SaaS subscription cannot be shown to come from an approved publisher: set it to the offer's publisher, one of {{config.approvedPublishers}}.",
    },
    config: {
        approvedPublishers: option.stringList({
            default: [],
            description: "Marketplace publisher ids (the publisherId of an offer, e.g. from its Marketplace URL), in any " +
                "case. Empty (the default): no restriction, and the policy flags nothing.",
        }),
    },
    check: {
        saasSubscription: (saas, ctx) => {
            const approved = ctx.config.approvedPublishers;
            if (approved.length === 0) {
                return;
            }
            // No default: the publisher is whatever offer the subscription is for; Azure fills none in.
            const publisher = saas.properties?.publisherId;
            if (typeof publisher !== "string" || publisher.trim() === "") {
                ctx.report("publisherUnset");
                return;
            }
            if (!approved.some((p) => p.trim().toLowerCase() === publisher.trim().toLowerCase())) {
                ctx.report("publisherNotApproved");
            }
        },
    },
});
