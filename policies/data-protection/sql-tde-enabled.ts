import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";
import { sameText } from "../../lib/kit/values";

export default resourcePolicy({
    name: "sql-tde-enabled",
    description: "Transparent data encryption is enabled on SQL databases.",
    area: "data-protection",
    severity: "high",
    frameworks: { mcsb: ["DP-4"] },
    remediation: "Set state to Enabled on sql.TransparentDataEncryption, or do not declare the resource: new " +
        "databases have TDE enabled.",
    resources: [catalog.sqlTransparentDataEncryption],
    check: (tde, ctx) => {
        if (!sameText(tde.state, "Enabled")) {
            ctx.report("state is not Enabled, so the database is stored unencrypted: set state to Enabled.");
        }
    },
});
