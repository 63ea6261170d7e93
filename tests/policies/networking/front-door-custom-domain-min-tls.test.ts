import { AFDCustomDomain } from "@pulumi/azure-native/cdn";
import policy from "../../../policies/networking/front-door-custom-domain-min-tls";
import { resource, testResourcePolicy, unknown } from "../../tester";

const domain = (tlsSettings?: object) => resource(AFDCustomDomain, {
    resourceGroupName: "rg", profileName: "afd", hostName: "www.example.com", tlsSettings: tlsSettings as any,
});

testResourcePolicy(policy, {
    valid: [
        { name: "TLS 1.2 minimum", resource: domain({ certificateType: "ManagedCertificate", minimumTlsVersion: "TLS12" }) },
        { name: "TLS 1.3 minimum", resource: domain({ certificateType: "CustomerCertificate", minimumTlsVersion: "TLS13" }) },
        { name: "unset minimum: TLS 1.2", resource: domain({ certificateType: "ManagedCertificate" }) },
        { name: "no tlsSettings: managed certificate, TLS 1.2", resource: domain() },
    ],
    invalid: [
        { name: "TLS 1.0 minimum", resource: domain({ certificateType: "ManagedCertificate", minimumTlsVersion: "TLS10" }), messages: ["legacyTls"] },
        { name: "case-insensitive", resource: domain({ certificateType: "ManagedCertificate", minimumTlsVersion: "tls10" }), messages: ["legacyTls"] },
    ],
    undecided: [
        { name: "minimum from another resource", resource: domain({ certificateType: "ManagedCertificate", minimumTlsVersion: unknown() }) },
    ],
});
