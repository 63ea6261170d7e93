import { ApplicationGateway } from "@pulumi/azure-native/network";
import policy from "../../../policies/data-protection/app-gateway-min-tls-1-2";
import { resource, testResourcePolicy, tokenOf, unknown, versioned } from "../../tester";

type Args = ConstructorParameters<typeof ApplicationGateway>[1];
const gateway = (args: Partial<Args> = {}) => resource(ApplicationGateway, {
    resourceGroupName: "rg", sku: { name: "Standard_v2", tier: "Standard_v2", capacity: 2 }, ...args,
});
/** The same gateway under an explicit Microsoft.Network API version (a locally generated SDK's token). */
const atVersion = (version: string, args: Partial<Args> = {}) => ({ ...gateway(args), type: versioned(tokenOf(ApplicationGateway), version) });
const predefined = (policyName: string) => ({ policyType: "Predefined", policyName });

testResourcePolicy(policy, {
    valid: [
        { name: "unset: AppGwSslPolicy20220101 under azure-native 3.28's API (2024-05-01)", resource: gateway() },
        { name: "unset under API 2023-02-01", resource: atVersion("v20230201") },
        { name: "predefined 2022 policy", resource: gateway({ sslPolicy: predefined("AppGwSslPolicy20220101") }) },
        { name: "predefined 2022 strict policy, in lower case", resource: gateway({ sslPolicy: { policyType: "predefined", policyName: "appgwsslpolicy20220101s" } }) },
        { name: "predefined 20170401S (TLS 1.2) under an old API", resource: atVersion("v20220101", { sslPolicy: predefined("AppGwSslPolicy20170401S") }) },
        { name: "CustomV2 with TLS 1.3", resource: gateway({ sslPolicy: { policyType: "CustomV2", minProtocolVersion: "TLSv1_3" } }) },
        { name: "Custom with TLS 1.2", resource: gateway({ sslPolicy: { policyType: "Custom", minProtocolVersion: "TLSv1_2", cipherSuites: ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"] } }) },
        {
            name: "the oldest shape: TLS 1.0 and 1.1 disabled, under an old API",
            resource: atVersion("v20190601", { sslPolicy: { disabledSslProtocols: ["TLSv1_0", "TLSv1_1"] } }),
        },
        {
            name: "an SSL profile with a 2022 policy",
            resource: gateway({ sslPolicy: predefined("AppGwSslPolicy20220101"), sslProfiles: [{ name: "p", sslPolicy: predefined("AppGwSslPolicy20220101S") }] }),
        },
        { name: "an SSL profile without its own policy", resource: gateway({ sslProfiles: [{ name: "p" }] }) },
    ],
    invalid: [
        { name: "predefined 2015 policy (TLS 1.0)", resource: gateway({ sslPolicy: predefined("AppGwSslPolicy20150501") }), messages: ["sslPolicyLegacy"] },
        { name: "predefined 20170401 (TLS 1.1)", resource: gateway({ sslPolicy: predefined("AppGwSslPolicy20170401") }), messages: ["sslPolicyLegacy"] },
        { name: "a policy name without policyType", resource: gateway({ sslPolicy: { policyName: "AppGwSslPolicy20150501" } }), messages: ["sslPolicyLegacy"] },
        { name: "Custom with TLS 1.0", resource: gateway({ sslPolicy: { policyType: "Custom", minProtocolVersion: "TLSv1_0" } }), messages: ["sslPolicyLegacy"] },
        { name: "unset under API 2022-01-01: AppGwSslPolicy20150501", resource: atVersion("v20220101"), messages: ["defaultLegacy"] },
        {
            name: "the oldest shape disabling only TLS 1.0, under an old API",
            resource: atVersion("v20190601", { sslPolicy: { disabledSslProtocols: ["TLSv1_0"] } }),
            messages: ["defaultLegacy"],
        },
        {
            name: "an SSL profile with a TLS 1.1 custom policy",
            resource: gateway({ sslProfiles: [{ name: "ok" }, { name: "legacy", sslPolicy: { policyType: "Custom", minProtocolVersion: "TLSv1_1" } }] }),
            messages: [{ id: "profileLegacy", data: { index: 1 } }],
        },
    ],
    undecided: [
        { name: "policy name from config", resource: gateway({ sslPolicy: { policyType: "Predefined", policyName: unknown() } }) },
        { name: "custom minimum from config", resource: gateway({ sslPolicy: { policyType: "Custom", minProtocolVersion: unknown() } }) },
        { name: "an SSL profile's policy from another resource", resource: gateway({ sslProfiles: [{ name: "p", sslPolicy: unknown() }] }) },
    ],
});
