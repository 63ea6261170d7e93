import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "front-door-custom-domain-min-tls",
    description: "Azure Front Door (Standard and Premium) custom domains accept TLS 1.2 or later only.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Leave tlsSettings.minimumTlsVersion unset (TLS 1.2) or set it to TLS12 or TLS13 on the cdn.AFDCustomDomain, " +
        "or choose a predefined cipherSuiteSetType such as TLS12_2023.",
    messages: {
        legacyTls: "tlsSettings.minimumTlsVersion is TLS10, which admits TLS 1.0 and 1.1 (and which Front Door no longer accepts since 1 March 2025); set it to TLS12 or TLS13.",
    },
    // Only a tlsSettings with TLS10 is flagged, so the object the change goes into always exists.
    fix: { frontDoorCustomDomain: [{ path: "tlsSettings.minimumTlsVersion", value: "TLS12" }] },
    check: {
        frontDoorCustomDomain: (domain, ctx) => {
            // Default: a minimum of TLS 1.2; TLS 1.0 and 1.1 minimums are disallowed since 1 March 2025. Source:
            // https://learn.microsoft.com/azure/frontdoor/standard-premium/tls-policy. Only the one legacy value
            // (AfdMinimumTlsVersion TLS10) is flagged, so an unset or newer value passes.
            if (sameText(domain.tlsSettings?.minimumTlsVersion, "TLS10")) {
                ctx.report("legacyTls");
            }
        },
    },
});
