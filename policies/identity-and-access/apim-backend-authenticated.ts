import { option, readKnown, resourcePolicy, sameText } from "../../lib/kit";

/** Is a value set? True when it is set, or unknown until deployment (a secret from another resource is still set). */
const isSet = (read: () => unknown) => readKnown(() => {
    const v = read();
    return v === undefined || v === null || v === "";
}) !== true;

export default resourcePolicy({
    name: "apim-backend-authenticated",
    description: "API Management HTTP backends authenticate the gateway's calls with a client certificate or an Authorization header.",
    area: "identity-and-access",
    severity: "medium",
    frameworks: {
        mcsb: ["IM-4"],
        // Full with acceptCertificateIds off, which is c15dcc82's reading (thumbprints in credentials.certificate). The
        // default differs, for the reason the option gives.
        azurePolicy: ["c15dcc82-b93c-4dcb-9332-fbf121685b54"],
    },
    remediation: "Set credentials.certificateIds (or credentials.certificate thumbprints) to a client certificate of the " +
        "API Management service, or credentials.authorization with a scheme and a parameter (from a secret). Azure " +
        "Policy's MCSB definition reads thumbprints only (option acceptCertificateIds: false).",
    messages: {
        unauthenticated: "The backend sets no client certificate (credentials.certificate or certificateIds) and no credentials.authorization scheme and parameter, so API Management calls it unauthenticated: set one of them.",
        certificateIdsOnly: "The backend's client certificate is given only as credentials.certificateIds, and this policy's config counts thumbprints (credentials.certificate) only: list the certificate's thumbprint in credentials.certificate, or set credentials.authorization with a scheme and a parameter.",
    },
    config: {
        acceptCertificateIds: option.boolean({
            default: true,
            description: "Count a client certificate given as credentials.certificateIds. Off: only thumbprints in " +
                "credentials.certificate count, as MCSB definition c15dcc82 reads. On by default: certificateIds is " +
                "how current API versions name a certificate of the service (the thumbprints are ignored when ids " +
                "are given), and the gateway presents it all the same.",
        }),
    },
    check: {
        apiManagementBackend: (backend, ctx) => {
            // Only HTTP backends with a URL are evaluated, as Azure Policy's built-in does (SOAP backends and pools
            // of other backends are not).
            if (!sameText(backend.protocol, "http") || !isSet(() => backend.url)) {
                return;
            }
            // Default: no credentials. Source: REST spec Microsoft.ApiManagement 2024-05-01, BackendCredentialsContract.
            const credentials = backend.credentials;
            const listed = (list: unknown) => Array.isArray(list) && list.length > 0;
            if (listed(credentials?.certificate) || (ctx.config.acceptCertificateIds && listed(credentials?.certificateIds))) {
                return;
            }
            const authorization = credentials?.authorization;
            if (authorization && isSet(() => authorization.scheme) && isSet(() => authorization.parameter)) {
                return;
            }
            ctx.report(listed(credentials?.certificateIds) ? "certificateIdsOnly" : "unauthenticated");
        },
    },
});
