import { catalog } from "../../lib/model";
import { resourcePolicy } from "../../lib/policy";
import { allowsLegacyTls, legacyTls } from "../../lib/tls";

export default resourcePolicy({
    name: "sql-min-tls-1-2",
    description: "SQL logical servers require TLS 1.2 or newer from clients.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-3", "IM-4"] },
    remediation: "Set minimalTlsVersion to \"1.2\" (or \"1.3\"). Leaving it unset is not enough: for API 2023-08-01 " +
        "an unset value means None (no minimum TLS version).",
    resources: [catalog.sqlServer],
    check: (server, ctx) => {
        const version = server.minimalTlsVersion;
        if (version === undefined) {
            // Unset has meant "None" (any version); Microsoft only moves the blank default to 1.2 from July 2026.
            ctx.report("minimalTlsVersion is unset, which means no minimum TLS version: set it to \"1.2\".");
        } else if (allowsLegacyTls(version, legacyTls.sql)) {
            ctx.report("minimalTlsVersion allows TLS below 1.2: set it to \"1.2\".");
        }
    },
});
