/** JSON: the findings and the summary, in a stable order, for scripts. */
import type { Formatter } from "./formatter";

export const json: Formatter = {
    name: "json",
    description: "{ findings, undecided, notCovered, summary }, in a stable order; an exempted finding has an exemption, a remediable one its fix",
    render: (report) => JSON.stringify({
        findings: report.findings, undecided: report.undecided, notCovered: report.notCovered, summary: report.summary,
    }, null, 2) + "\n",
};
