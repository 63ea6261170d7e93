import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "apim-backend-certificate-validation",
    description: "API Management backends validate the backend's TLS certificate chain and name.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-4"], azurePolicy: ["92bb331d-ac71-416a-8c91-02f2cb734ce4"] },
    remediation: "Remove tls.validateCertificateChain and tls.validateCertificateName or set them to true (the default); " +
        "for a self-signed backend certificate, upload its CA certificate to API Management instead.",
    messages: {
        chainNotValidated: "tls.validateCertificateChain is false, so the gateway accepts any certificate chain from the backend: set it to true.",
        nameNotValidated: "tls.validateCertificateName is false, so the gateway accepts a backend certificate issued to another host: set it to true.",
    },
    check: {
        apiManagementBackend: (backend, ctx) => {
            // Default: both are true when unset (azure-native 3.28 fills them in: backendTlsPropertiesArgsProvideDefaults).
            // Source: REST spec Microsoft.ApiManagement 2024-05-01, BackendTlsProperties.
            const tls = backend.tls;
            // Each flag on its own, so that one not yet known leaves the other decided.
            const flags = [
                { read: () => tls?.validateCertificateChain, id: "chainNotValidated" },
                { read: () => tls?.validateCertificateName, id: "nameNotValidated" },
            ] as const;
            ctx.each(flags, (flag) => {
                if (flag.read() === false) {
                    ctx.report(flag.id);
                }
            });
        },
    },
});
