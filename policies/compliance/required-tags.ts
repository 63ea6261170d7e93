import { withTags } from "../../lib/kit/type-groups";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "required-tags",
    description: "Resources that take tags carry every tag the organization requires (e.g. owner, cost center, data classification).",
    area: "compliance",
    severity: "low",
    frameworks: { mcsb: ["AM-1"] },
    remediation: "Add each configured tag name to the resource's tags (names compare case-insensitively, as in " +
        "Azure). Configure the names in tags.",
    config: {
        tags: {
            type: "array", items: { type: "string" }, default: [],
            description: "Tag names every taggable resource must carry. Empty: no tag is required.",
        },
    },
    resources: withTags,
    check: (resource, ctx) => {
        const required = (ctx.config as { tags: string[] }).tags;
        if (required.length === 0) {
            return;
        }
        // Only the names are read: a tag value may be unknown at preview, or sensitive.
        const tags = resource.tags as Record<string, unknown> | undefined;
        const present = new Set(Object.keys(tags ?? {}).map((name) => name.toLowerCase()));
        const missing = required.filter((name) => !present.has(name.toLowerCase()));
        if (missing.length > 0) {
            const one = missing.length === 1;
            ctx.report(`tags lacks the required tag${one ? "" : "s"} ${missing.join(", ")}: add ${one ? "it" : "them"}.`);
        }
    },
});
