import { Backend } from "@pulumi/azure-native/apimanagement";
import policy from "../../../policies/identity-and-access/apim-backend-authenticated";
import { resource, testResourcePolicy, unknown } from "../../tester";

type BackendArgs = ConstructorParameters<typeof Backend>[1];
const backend = (args: Partial<BackendArgs>) => resource(Backend, {
    resourceGroupName: "rg", serviceName: "apim", backendId: "orders", protocol: "http", url: "https://orders.contoso.com", ...args,
});
const certId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/apim/certificates/client";

testResourcePolicy(policy, {
    valid: [
        { name: "client certificate by id", resource: backend({ credentials: { certificateIds: [certId] } }) },
        { name: "client certificate by thumbprint", resource: backend({ credentials: { certificate: ["0123456789ABCDEF0123456789ABCDEF01234567"] } }) },
        { name: "Authorization header", resource: backend({ credentials: { authorization: { scheme: "Bearer", parameter: "token" } } }) },
        {
            name: "Authorization parameter from a secret not yet known",
            resource: backend({ credentials: { authorization: { scheme: "Basic", parameter: unknown() } } }),
        },
        { name: "URL from another resource, with a certificate", resource: backend({ url: unknown(), credentials: { certificateIds: [certId] } }) },
        { name: "SOAP backend: not evaluated", resource: backend({ protocol: "soap" }) },
        { name: "a pool without a URL: not evaluated", resource: backend({ type: "Pool", url: undefined, protocol: undefined }) },
        {
            name: "thumbprints only (acceptCertificateIds off): a thumbprint beside ids",
            resource: backend({ credentials: { certificate: ["0123456789ABCDEF0123456789ABCDEF01234567"], certificateIds: [certId] } }),
            config: { acceptCertificateIds: false },
        },
        {
            name: "thumbprints only: ids with an Authorization header",
            resource: backend({ credentials: { certificateIds: [certId], authorization: { scheme: "Bearer", parameter: "token" } } }),
            config: { acceptCertificateIds: false },
        },
    ],
    invalid: [
        { name: "no credentials", resource: backend({}), messages: ["unauthenticated"] },
        { name: "URL from another resource, no credentials", resource: backend({ url: unknown() }), messages: ["unauthenticated"] },
        {
            name: "only a key in a header (not what the definition counts)",
            resource: backend({ credentials: { header: { "x-functions-key": ["{{orders-key}}"] } } }),
            messages: ["unauthenticated"],
        },
        {
            name: "an Authorization scheme without a parameter, empty certificate lists",
            resource: backend({ credentials: { certificate: [], certificateIds: [], authorization: { scheme: "Bearer", parameter: "" } } }),
            messages: ["unauthenticated"],
        },
        {
            name: "thumbprints only (acceptCertificateIds off): a certificate by id alone",
            resource: backend({ credentials: { certificateIds: [certId] } }),
            config: { acceptCertificateIds: false },
            messages: ["certificateIdsOnly"],
        },
    ],
    undecided: [
        { name: "credentials from another resource", resource: backend({ credentials: unknown() }) },
        { name: "certificate list not yet known", resource: backend({ credentials: { certificateIds: unknown() } }) },
    ],
});
