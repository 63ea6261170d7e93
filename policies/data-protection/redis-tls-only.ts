import { allowsLegacyTls, legacyTls, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "redis-tls-only",
    description: "Azure Cache for Redis accepts TLS connections only, at TLS 1.2 or newer.",
    area: "data-protection",
    severity: "high",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Leave enableNonSslPort unset or false (default false) and minimumTlsVersion unset or \"1.2\" " +
        "(unset uses the recommended default, 1.2).",
    messages: {
        nonTlsPortOpen: "enableNonSslPort is true, so the cache accepts unencrypted connections on port 6379: set it to false.",
        tlsBelow12: "minimumTlsVersion allows TLS below 1.2: set it to \"1.2\" or leave it unset.",
    },
    check: {
        redis: (cache, ctx) => {
            if (cache.enableNonSslPort === true) {
                ctx.report("nonTlsPortOpen");
            }
            if (allowsLegacyTls(cache.minimumTlsVersion, legacyTls.redis)) {
                ctx.report("tlsBelow12");
            }
        },
    },
});
