import { CheckContext, PropsOf, resourcePolicy, sameText } from "../../lib/kit";

type SslPolicy = NonNullable<PropsOf<"applicationGateway">["sslPolicy"]>;

/** From this Microsoft.Network API version on, a gateway created without sslPolicy gets AppGwSslPolicy20220101. */
const tls12DefaultFrom = "20230201";

/** The API version a versioned type token names ("azure-native:network/v20220101:ApplicationGateway" gives "20220101"). */
const apiVersionOf = (token: string) => /\/v(\d{8})/.exec(token)?.[1];

/** The predefined policies whose minimum protocol is below TLS 1.2 (20150501: TLS 1.0; 20170401: TLS 1.1). */
const legacyPredefined = ["AppGwSslPolicy20150501", "AppGwSslPolicy20170401"];
/** Custom policies' minProtocolVersion values below TLS 1.2. */
const legacyProtocols = ["TLSv1_0", "TLSv1_1"];

/**
 * Does an SSL policy admit TLS below 1.2? `true` or `false` where its inputs say so; `undefined` where they leave the
 * minimum to Azure's default (no policyType or policyName, nor disabledSslProtocols turning off both TLS 1.0 and 1.1).
 */
function admitsLegacyTls(policy: SslPolicy): boolean | undefined {
    const { policyType, policyName, minProtocolVersion } = policy;
    // A predefined policy fixes its own protocols; minProtocolVersion is not read. Source:
    // https://learn.microsoft.com/azure/application-gateway/application-gateway-ssl-policy-overview (predefined
    // policies table: 20150501 min TLS 1.0, 20170401 min TLS 1.1, 20170401S / 20220101 / 20220101S min TLS 1.2).
    if (sameText(policyType, "Predefined") || (policyType === undefined || policyType === null) && typeof policyName === "string") {
        // A name neither list knows (a newer policy) is not reported.
        return legacyPredefined.some((n) => sameText(policyName, n));
    }
    if (sameText(policyType, "Custom") || sameText(policyType, "CustomV2")) {
        // A custom policy without minProtocolVersion: Azure's minimum is not documented for it, so it is not reported.
        return legacyProtocols.some((p) => sameText(minProtocolVersion, p));
    }
    // The oldest shape: no policyType, only disabledSslProtocols. Turning off both TLS 1.0 and 1.1 sets the floor at 1.2.
    const disabled = Array.isArray(policy.disabledSslProtocols) ? policy.disabledSslProtocols : [];
    if (legacyProtocols.every((p) => disabled.some((d) => sameText(d, p)))) {
        return false;
    }
    return undefined;
}

const messages = {
    sslPolicyLegacy: "sslPolicy admits TLS below 1.2 (a predefined policy that allows TLS 1.0 or 1.1, or a custom minProtocolVersion below TLSv1_2): set policyType \"Predefined\" with policyName \"AppGwSslPolicy20220101\", or minProtocolVersion \"TLSv1_2\".",
    defaultLegacy: "sslPolicy is not set (or names no policy type or name), and under this API version (before 2023-02-01) the default policy is AppGwSslPolicy20150501, which admits TLS 1.0: set sslPolicy { policyType: \"Predefined\", policyName: \"AppGwSslPolicy20220101\" }.",
    profileLegacy: "sslProfiles[{{index}}].sslPolicy admits TLS below 1.2, so the listeners using this SSL profile accept it: set policyType \"Predefined\" with policyName \"AppGwSslPolicy20220101\", or minProtocolVersion \"TLSv1_2\".",
} as const;

function checkGateway(gateway: PropsOf<"applicationGateway">, ctx: CheckContext<typeof messages>): void {
    const policy = gateway.sslPolicy;
    const legacy = policy === undefined || policy === null ? undefined : admitsLegacyTls(policy);
    if (legacy === undefined) {
        // Default: with no sslPolicy, the gateway gets the default policy of the API version that created it:
        // AppGwSslPolicy20220101 (TLS 1.2) from API 2023-02-01 on (azure-native 3.28 uses 2024-05-01), and
        // AppGwSslPolicy20150501 (TLS 1.0) before. Source:
        // https://learn.microsoft.com/azure/application-gateway/application-gateway-ssl-policy-overview ("Default"
        // row of the predefined policies table). Since 31 August 2025 those older policies can no longer be
        // associated with a gateway (https://learn.microsoft.com/azure/application-gateway/application-gateway-tls-version-retirement),
        // but a program that relies on the old default still asks for TLS 1.0.
        // A policy that names neither a type nor a name, nor turns off TLS 1.0 and 1.1, takes that default too.
        const version = apiVersionOf(ctx.token);
        if (version !== undefined && version < tls12DefaultFrom) {
            ctx.report("defaultLegacy");
        }
    } else if (legacy) {
        ctx.report("sslPolicyLegacy");
    }
    // An SSL profile's own policy overrides the gateway's for the listeners that use it. A profile without sslPolicy
    // uses the gateway's, checked above.
    ctx.each(gateway.sslProfiles, (profile, index) => {
        const own = profile.sslPolicy;
        if (own !== undefined && own !== null && admitsLegacyTls(own) === true) {
            ctx.report("profileLegacy", { index });
        }
    });
}

export default resourcePolicy({
    name: "app-gateway-min-tls-1-2",
    description: "Application Gateways accept TLS 1.2 or newer only: their SSL policy, and the SSL policy of each SSL profile, " +
        "has a minimum protocol of TLS 1.2 or higher.",
    area: "data-protection",
    severity: "medium",
    frameworks: { mcsb: ["DP-3"], cis: ["7.12"] },
    remediation: "Set sslPolicy to { policyType: \"Predefined\", policyName: \"AppGwSslPolicy20220101\" } (or " +
        "\"AppGwSslPolicy20220101S\"), or to a \"CustomV2\" policy with minProtocolVersion \"TLSv1_2\" or \"TLSv1_3\"; " +
        "do the same for each sslProfiles[].sslPolicy. Unset, it is AppGwSslPolicy20220101 from API 2023-02-01 on.",
    noFix: "a new SSL policy also changes the gateway's cipher suites, which may refuse older clients",
    messages,
    check: {
        applicationGateway: checkGateway,
    },
});
