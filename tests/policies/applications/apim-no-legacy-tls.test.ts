import { ApiManagementService } from "@pulumi/azure-native/apimanagement";
import policy from "../../../policies/applications/apim-no-legacy-tls";
import { resource, testResourcePolicy, unknown } from "../../tester";

const key = (k: string) => `Microsoft.WindowsAzure.ApiManagement.Gateway.Security.${k}`;
const apim = (customProperties?: Record<string, string>) => resource(ApiManagementService, {
    resourceGroupName: "rg", publisherEmail: "api@contoso.com", publisherName: "Contoso",
    sku: { name: "Developer", capacity: 1 }, customProperties,
});

testResourcePolicy(policy, {
    valid: [
        { name: "unset: legacy protocols off by default", resource: apim() },
        {
            name: "legacy protocols explicitly off, HTTP/2 on",
            resource: apim({
                [key("Protocols.Tls10")]: "False", [key("Protocols.Tls11")]: "false",
                [key("Ciphers.TripleDes168")]: "False",
                "Microsoft.WindowsAzure.ApiManagement.Gateway.Protocols.Server.Http2": "True",
            }),
        },
        { name: "a modern cipher left on", resource: apim({ [key("Ciphers.TLS_RSA_WITH_AES_128_GCM_SHA256")]: "true" }) },
    ],
    invalid: [
        {
            name: "TLS 1.0 re-enabled on the gateway",
            resource: apim({ [key("Protocols.Tls10")]: "True" }),
            messages: [{ id: "legacyEnabled", data: { setting: "Protocols.Tls10" } }],
        },
        {
            name: "TLS 1.1 to backends and triple DES, any case",
            resource: apim({ [key("Backend.Protocols.Tls11")]: "true", [key("ciphers.tripledes168")]: "TRUE" }),
            messages: [{ id: "legacyEnabled", data: { setting: "Backend.Protocols.Tls11" } }, { id: "legacyEnabled", data: { setting: "Ciphers.TripleDes168" } }],
        },
        {
            name: "SSL 3.0 next to an unknown setting",
            resource: apim({ [key("Protocols.Ssl30")]: "True", [key("Protocols.Tls11")]: unknown() }),
            messages: [{ id: "legacyEnabled", data: { setting: "Protocols.Ssl30" } }],
        },
    ],
    undecided: [
        { name: "setting from another resource", resource: apim({ [key("Protocols.Tls10")]: unknown() }) },
        { name: "all custom properties from another resource", resource: apim(unknown()) },
    ],
});
