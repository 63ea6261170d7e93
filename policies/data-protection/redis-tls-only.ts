import { allowsLegacyTls, legacyTls, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "redis-tls-only",
    description: "Azure Cache for Redis accepts TLS connections only, at TLS 1.2 or newer.",
    area: "data-protection",
    severity: "high",
    frameworks: { mcsb: ["DP-3"], azurePolicy: ["22bee202-a82f-4305-9a2a-6d7f44d4dedb"] },
    remediation: "Leave enableNonSslPort unset or false (default false) and minimumTlsVersion unset or \"1.2\" " +
        "(unset means 1.2). Azure Cache for Redis no longer accepts TLS 1.0 or 1.1, so an explicit \"1.0\" or \"1.1\" is " +
        "a stale setting that audits (Azure Policy, CIS) still fail.",
    messages: {
        nonTlsPortOpen: "enableNonSslPort is true, so the cache accepts unencrypted connections on port 6379: set it to false.",
        tlsBelow12: "minimumTlsVersion names a TLS version below 1.2, which audits flag even though Azure Cache for Redis no longer accepts TLS 1.0 or 1.1: set it to \"1.2\" or leave it unset.",
    },
    // Closes the non-TLS port and raises a legacy minimum, whichever the cache needs.
    fix: {
        redis: (cache) => [
            ...(cache.enableNonSslPort === true ? [{ path: "enableNonSslPort", value: false }] : []),
            ...(allowsLegacyTls(cache.minimumTlsVersion, legacyTls.redis) ? [{ path: "minimumTlsVersion", value: "1.2" }] : []),
        ],
    },
    check: {
        redis: (cache, ctx) => {
            // Default: unset enableNonSslPort is false (azure-native 3.28 fills it in, from REST spec Microsoft.Cache
            // 2024-11-01); unset minimumTlsVersion is 1.2, and TLS 1.0 and 1.1 are retired. Source:
            // https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11
            if (cache.enableNonSslPort === true) {
                ctx.report("nonTlsPortOpen");
            }
            if (allowsLegacyTls(cache.minimumTlsVersion, legacyTls.redis)) {
                ctx.report("tlsBelow12");
            }
        },
    },
});
