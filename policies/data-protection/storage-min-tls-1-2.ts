import { allowsLegacyTls, legacyTls, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-min-tls-1-2",
    description: "Storage accounts reject requests over TLS older than 1.2.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-3"], cis: ["3.15"] },
    remediation: "Set minimumTlsVersion to TLS1_2. Leaving it unset is not enough: for API 2024-01-01 an unset " +
        "minimumTlsVersion means TLS 1.0.",
    messages: {
        tlsUnset: "minimumTlsVersion is unset, which Azure treats as TLS 1.0: set it to TLS1_2.",
        tlsBelow12: "minimumTlsVersion allows TLS below 1.2: set it to TLS1_2.",
    },
    check: {
        storageAccount: (account, ctx) => {
            const version = account.minimumTlsVersion;
            if (version === undefined) {
                // Documented in the SDK: "The default interpretation is TLS 1.0 for this property."
                ctx.report("tlsUnset");
            } else if (allowsLegacyTls(version, legacyTls.storage)) {
                ctx.report("tlsBelow12");
            }
        },
    },
});
