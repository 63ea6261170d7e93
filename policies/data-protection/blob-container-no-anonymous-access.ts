import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "blob-container-no-anonymous-access",
    description: "Blob containers do not grant anonymous read access to their blobs or to their listing.",
    area: "data-protection",
    // High: once the account allows it, anyone with the URL reads the container's blobs without credentials.
    severity: "high",
    // The CIS recommendation (9.3.8) and the MCSB definition (4fa4b6c0) judge the account's allowBlobPublicAccess,
    // which storage-blob-public-access-disabled checks; this is the container's own opt-in, so neither id is used.
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set publicAccess to None instead of Blob or Container, or leave it unset: it defaults to None. Share blobs with SAS tokens or " +
        "Entra ID roles (Storage Blob Data Reader) instead. The account's allowBlobPublicAccess: false overrides the " +
        "container setting (storage-blob-public-access-disabled checks it), but a container that asks for anonymous " +
        "access becomes public the day the account setting changes.",
    messages: {
        anonymousRead: "publicAccess is Blob or Container, so anyone can read the container's blobs without credentials (unless the account's allowBlobPublicAccess is false, which overrides it): set publicAccess to None.",
    },
    check: {
        blobContainer: (container, ctx) => {
            // Default: unset publicAccess is None (no anonymous access). Source: REST spec Microsoft.Storage
            // 2024-01-01, ContainerProperties.publicAccess, and
            // https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure
            if (sameText(container.publicAccess, "Blob") || sameText(container.publicAccess, "Container")) {
                ctx.report("anonymousRead");
            }
        },
    },
});
