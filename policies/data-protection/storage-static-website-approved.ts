import { inputOnly, option, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-static-website-approved",
    description: "Storage accounts serve a static website only when they are listed as approved to publish public content, since everything in a static website's $web container is readable anonymously.",
    area: "data-protection",
    // Low: an advisory. Serving public content is the feature's purpose; the risk is private data copied into $web,
    // or an account that also holds private data, where allowBlobPublicAccess: false does not close $web.
    severity: "low",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Remove the StorageAccountStaticWebsite, or, if the account only publishes public content (ideally " +
        "one dedicated to it), add its name to approvedAccounts. Serve private sites through App Service or Static " +
        "Web Apps with authentication instead.",
    messages: {
        staticWebsiteNotApproved: "This storage account serves a static website: every blob in its $web container is readable anonymously over the web endpoint, whatever allowBlobPublicAccess says; remove the static website, or list the account in approvedAccounts if it only publishes public content.",
    },
    config: {
        approvedAccounts: option.stringList({
            default: [],
            description: "Names of storage accounts approved to publish a public static website, in any case. Empty (the " +
                "default): every static website is reported.",
        }),
    },
    check: {
        storageStaticWebsite: (site, ctx) => {
            // Default: the $web container of a static website allows anonymous reads through the account's web
            // endpoint, and the account's allowBlobPublicAccess setting does not change that (network rules do apply).
            // Source: https://learn.microsoft.com/azure/storage/blobs/storage-blob-static-website ("Impact of
            // setting the access level on the web container"): served through anonymous requests; and
            // https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent (static websites are not
            // affected by disallowing anonymous access).
            const approved = ctx.config.approvedAccounts;
            if (approved.length > 0) {
                // Azure does not return accountName: as outputs, an approved account cannot be told from another.
                const name = inputOnly(site, site.accountName, "accountName");
                if (typeof name === "string" && approved.some((a) => a.trim().toLowerCase() === name.trim().toLowerCase())) {
                    return;
                }
            }
            ctx.report("staticWebsiteNotApproved");
        },
    },
});
