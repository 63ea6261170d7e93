import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";
import { allowsLegacyTls, legacyTls } from "../../lib/kit/checks/tls";

export default resourcePolicy({
    name: "sql-min-tls-1-2",
    description: "SQL logical servers require TLS 1.2 or newer from clients.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-3", "IM-4"] },
    remediation: "Set minimalTlsVersion to \"1.2\" (or \"1.3\"), or leave it unset: since 15 July 2026 Azure SQL " +
        "creates servers with a blank minimum at TLS 1.2 and no longer accepts None.",
    resources: [catalog.sqlServer],
    check: (server, ctx) => {
        // Unset is fine: a blank minimum has meant TLS 1.2 since 15 July 2026, when Azure SQL retired "None"
        // ("Azure SQL is deprecating the No Minimum TLS configuration", Azure SQL blog, April 2026).
        if (allowsLegacyTls(server.minimalTlsVersion, legacyTls.sql)) {
            ctx.report("minimalTlsVersion allows TLS below 1.2: set it to \"1.2\".");
        }
    },
});
