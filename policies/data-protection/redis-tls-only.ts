import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";
import { allowsLegacyTls, legacyTls } from "../../lib/kit/checks/tls";

export default resourcePolicy({
    name: "redis-tls-only",
    description: "Azure Cache for Redis accepts TLS connections only, at TLS 1.2 or newer.",
    area: "data-protection",
    severity: "high",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Leave enableNonSslPort unset or false (default false) and minimumTlsVersion unset or \"1.2\" " +
        "(unset uses the recommended default, 1.2).",
    resources: [catalog.redis],
    check: (cache, ctx) => {
        if (cache.enableNonSslPort === true) {
            ctx.report("enableNonSslPort is true, so the cache accepts unencrypted connections on port 6379: set " +
                "it to false.");
        }
        if (allowsLegacyTls(cache.minimumTlsVersion, legacyTls.redis)) {
            ctx.report("minimumTlsVersion allows TLS below 1.2: set it to \"1.2\" or leave it unset.");
        }
    },
});
