import { Backend } from "@pulumi/azure-native/apimanagement";
import policy from "../../../policies/identity-and-access/apim-backend-certificate-validation";
import { resource, testResourcePolicy, unknown } from "../../tester";

type Tls = ConstructorParameters<typeof Backend>[1]["tls"];
const backend = (tls?: Tls) => resource(Backend, {
    resourceGroupName: "rg", serviceName: "apim", backendId: "orders", protocol: "http", url: "https://orders.contoso.com", tls,
});

testResourcePolicy(policy, {
    valid: [
        { name: "unset: both validated by default", resource: backend() },
        { name: "both explicitly on", resource: backend({ validateCertificateChain: true, validateCertificateName: true }) },
        { name: "one set, the other defaulted", resource: backend({ validateCertificateName: true }) },
    ],
    invalid: [
        { name: "chain not validated", resource: backend({ validateCertificateChain: false }), messages: ["chainNotValidated"] },
        {
            name: "neither validated",
            resource: backend({ validateCertificateChain: false, validateCertificateName: false }),
            messages: ["chainNotValidated", "nameNotValidated"],
        },
        {
            name: "name not validated, chain not yet known",
            resource: backend({ validateCertificateChain: unknown(), validateCertificateName: false }),
            messages: ["nameNotValidated"],
        },
    ],
    undecided: [
        { name: "chain flag from config not yet known", resource: backend({ validateCertificateChain: unknown() }) },
        { name: "TLS settings from another resource", resource: backend(unknown()) },
    ],
});
