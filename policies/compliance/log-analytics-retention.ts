import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

/** Azure's workspace retention when retentionInDays is unset (the legacy Free tier keeps 7 days). */
const defaultDays = 30;

export default resourcePolicy({
    name: "log-analytics-retention",
    description: "Log Analytics workspaces keep data at least the configured number of days (90 by default).",
    area: "compliance",
    severity: "medium",
    frameworks: { mcsb: ["LT-6"] },
    remediation: "Set retentionInDays to at least the configured minimumDays (90 unless configured). Unset means " +
        "30 days.",
    config: {
        minimumDays: {
            type: "integer", minimum: 1, default: 90,
            description: "The shortest workspace retention, in days, that the organization accepts.",
        },
    },
    resources: [catalog.logAnalyticsWorkspace],
    check: (workspace, ctx) => {
        const { minimumDays } = ctx.config as { minimumDays: number };
        const days = workspace.retentionInDays;
        if ((days ?? defaultDays) < minimumDays) {
            const state = days === undefined || days === null ? `is not set (Azure keeps ${defaultDays} days)` : "is too short";
            ctx.report(`retentionInDays ${state}; the minimum is ${minimumDays} days: set it to ${minimumDays} or more.`);
        }
    },
});
