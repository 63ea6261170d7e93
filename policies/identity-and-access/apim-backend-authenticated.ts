import { readKnown, resourcePolicy, sameText } from "../../lib/kit";

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
        azurePolicy: [{
            id: "c15dcc82-b93c-4dcb-9332-fbf121685b54",
            partial: "counts client certificates given only as credentials.certificateIds as authentication; the definition reads only thumbprints (credentials.certificate)",
        }],
    },
    remediation: "Set credentials.certificateIds (or credentials.certificate thumbprints) to a client certificate of the " +
        "API Management service, or credentials.authorization with a scheme and a parameter (from a secret).",
    messages: {
        unauthenticated: "The backend sets no client certificate (credentials.certificate or certificateIds) and no credentials.authorization scheme and parameter, so API Management calls it unauthenticated: set one of them.",
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
            const certificates = [credentials?.certificate, credentials?.certificateIds];
            if (certificates.some((list) => Array.isArray(list) && list.length > 0)) {
                return;
            }
            const authorization = credentials?.authorization;
            if (authorization && isSet(() => authorization.scheme) && isSet(() => authorization.parameter)) {
                return;
            }
            ctx.report("unauthenticated");
        },
    },
});
