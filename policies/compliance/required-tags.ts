import { option, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "required-tags",
    description: "Resources that take tags carry every tag the organization requires (e.g. owner, cost center, data classification).",
    area: "compliance",
    severity: "low",
    frameworks: { mcsb: ["AM-1"] },
    remediation: "Add each configured tag name to the resource's tags (names compare case-insensitively, as in " +
        "Azure). Configure the names in tags.",
    messages: {
        missingTags: "tags lacks the required tag(s) {{missing}}: add them.",
    },
    config: {
        tags: option.stringList({
            default: [],
            description: "Tag names every taggable resource must carry. Empty: no tag is required.",
        }),
    },
    check: {
        // Every catalog type that takes tags.
        tagged: (resource, ctx) => {
            const required = ctx.config.tags;
            if (required.length === 0) {
                return;
            }
            // Only the names are read: a tag value may be unknown at preview, or sensitive.
            const present = new Set(Object.keys(resource.tags ?? {}).map((name) => name.toLowerCase()));
            // The names printed are the configured ones, never the resource's own.
            const missing = required.filter((name) => !present.has(name.toLowerCase()));
            if (missing.length > 0) {
                ctx.report("missingTags", { missing });
            }
        },
    },
});
