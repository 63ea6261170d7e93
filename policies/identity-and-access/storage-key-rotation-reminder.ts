import { option, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "storage-key-rotation-reminder",
    description: "Storage accounts that allow key access set a key expiration policy (rotation reminder) of at most " +
        "the configured maximumDays (default 90).",
    area: "identity-and-access",
    severity: "low",
    frameworks: { mcsb: ["IM-8"], cis: ["9.3.1.1"] },
    remediation: "Set keyPolicy: { keyExpirationPeriodInDays: N } with N at most the configured maximumDays (default " +
        "90), and regenerate the account keys within that period. Unset means no reminder. Better still, set " +
        "allowSharedKeyAccess to false, which makes the keys unusable (such accounts pass).",
    messages: {
        noKeyPolicy: "keyPolicy.keyExpirationPeriodInDays is not set, so nothing reminds anyone to rotate the account keys: set it to at most {{config.maximumDays}} days.",
        periodTooLong: "keyPolicy.keyExpirationPeriodInDays is longer than {{config.maximumDays}} days: set it to at most {{config.maximumDays}}.",
    },
    config: {
        maximumDays: option.integer({
            default: 90, minimum: 1, maximum: 3650,
            description: "The longest acceptable key expiration period, in days; CIS suggests 90.",
        }),
    },
    check: {
        storageAccount: (account, ctx) => {
            // Default: no key policy, so no reminder. Source:
            // https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage (create a key expiration
            // policy; none by default) and REST spec Microsoft.Storage 2024-01-01, KeyPolicy (optional).
            // Without shared key access the keys authorize nothing, so their age does not matter.
            if (account.allowSharedKeyAccess === false) {
                return;
            }
            const days = account.keyPolicy?.keyExpirationPeriodInDays;
            if (days === undefined || days === null) {
                ctx.report("noKeyPolicy");
            } else if (typeof days === "number" && days > ctx.config.maximumDays) {
                ctx.report("periodTooLong");
            }
        },
    },
});
