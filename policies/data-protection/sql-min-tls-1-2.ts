import { allowsLegacyTls, legacyTls, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "sql-min-tls-1-2",
    description: "SQL logical servers require TLS 1.2 or newer from clients.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-3", "IM-4"], azurePolicy: ["32e6bbec-16b6-44c2-be37-c5b672d103cf"] },
    remediation: "Set minimalTlsVersion to \"1.2\" (or \"1.3\"), or leave it unset: since 15 July 2026 Azure SQL " +
        "creates servers with a blank minimum at TLS 1.2 and no longer accepts None; 1.0 and 1.1 have been refused for " +
        "new servers since 31 August 2025.",
    messages: {
        tlsBelow12: "minimalTlsVersion names a retired minimum (None, 1.0 or 1.1), which audits flag and Azure SQL no longer accepts for new servers: set it to \"1.2\".",
    },
    fix: { sqlServer: [{ path: "minimalTlsVersion", value: "1.2" }] },
    check: {
        sqlServer: (server, ctx) => {
            // Default: a blank minimum has meant TLS 1.2 since 15 July 2026, when Azure SQL retired "None" (1.0 and 1.1
            // were retired on 31 August 2025). Source: https://techcommunity.microsoft.com/t5/azure-sql-blog/
            // azure-sql-is-deprecating-the-no-minimum-tls-mintls-none/ba-p/4508933 (Azure SQL blog, 6 April 2026)
            if (allowsLegacyTls(server.minimalTlsVersion, legacyTls.sql)) {
                ctx.report("tlsBelow12");
            }
        },
    },
});
