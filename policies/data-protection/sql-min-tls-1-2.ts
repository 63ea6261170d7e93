import { allowsLegacyTls, legacyTls, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "sql-min-tls-1-2",
    description: "SQL logical servers require TLS 1.2 or newer from clients.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-3", "IM-4"] },
    remediation: "Set minimalTlsVersion to \"1.2\" (or \"1.3\"), or leave it unset: since 15 July 2026 Azure SQL " +
        "creates servers with a blank minimum at TLS 1.2 and no longer accepts None.",
    messages: {
        tlsBelow12: "minimalTlsVersion allows TLS below 1.2: set it to \"1.2\".",
    },
    check: {
        sqlServer: (server, ctx) => {
            // Unset is fine: a blank minimum has meant TLS 1.2 since 15 July 2026, when Azure SQL retired "None"
            // ("Azure SQL is deprecating the No Minimum TLS configuration", Azure SQL blog, April 2026).
            if (allowsLegacyTls(server.minimalTlsVersion, legacyTls.sql)) {
                ctx.report("tlsBelow12");
            }
        },
    },
});
