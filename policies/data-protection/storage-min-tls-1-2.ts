import { allowsLegacyTls, legacyTls, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-min-tls-1-2",
    description: "Storage accounts reject requests over TLS older than 1.2.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-3"], cis: ["9.3.6"] },
    remediation: "Set minimumTlsVersion to TLS1_2, or leave it unset: since Azure Storage stopped accepting TLS 1.0 " +
        "and 1.1 on 3 February 2026, an unset minimum means TLS 1.2. An explicit TLS1_0 or TLS1_1 is a stale setting " +
        "that audits (Azure Policy, CIS) still fail.",
    messages: {
        tlsBelow12: "minimumTlsVersion names a TLS version below 1.2, which audits flag even though Azure Storage has refused TLS 1.0 and 1.1 since February 2026: set it to TLS1_2.",
    },
    fix: { storageAccount: [{ path: "minimumTlsVersion", value: "TLS1_2" }] },
    check: {
        storageAccount: (account, ctx) => {
            // Default: the SDK still documents "the default interpretation is TLS 1.0", but Azure Storage has rejected
            // TLS 1.0 and 1.1 on every account since 3 February 2026, so an account without a minimum accepts TLS 1.2
            // and newer only. Source:
            // https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-migrate-to-tls2
            if (allowsLegacyTls(account.minimumTlsVersion, legacyTls.storage)) {
                ctx.report("tlsBelow12");
            }
        },
    },
});
