import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "sql-tde-enabled",
    description: "Transparent data encryption is enabled on SQL databases.",
    area: "data-protection",
    severity: "high",
    frameworks: { mcsb: ["DP-4"], azurePolicy: ["17k78e20-9358-41c9-923c-fb736d382a12"] },
    remediation: "Set state to Enabled on sql.TransparentDataEncryption, or do not declare the resource: new " +
        "databases have TDE enabled.",
    messages: {
        tdeDisabled: "state is not Enabled, so the database is stored unencrypted: set state to Enabled.",
    },
    fix: { sqlTransparentDataEncryption: [{ path: "state", value: "Enabled" }] },
    check: {
        sqlTransparentDataEncryption: (tde, ctx) => {
            if (!sameText(tde.state, "Enabled")) {
                ctx.report("tdeDisabled");
            }
        },
    },
});
