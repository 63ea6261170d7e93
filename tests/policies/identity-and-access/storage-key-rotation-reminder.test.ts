import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/identity-and-access/storage-key-rotation-reminder";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

testResourcePolicy(policy, {
    valid: [
        { name: "90 days", resource: resource(StorageAccount, { ...base, keyPolicy: { keyExpirationPeriodInDays: 90 } }) },
        { name: "30 days", resource: resource(StorageAccount, { ...base, keyPolicy: { keyExpirationPeriodInDays: 30 } }) },
        { name: "180 days against a configured maximum of 180", config: { maximumDays: 180 }, resource: resource(StorageAccount, { ...base, keyPolicy: { keyExpirationPeriodInDays: 180 } }) },
        { name: "no shared key access: the keys authorize nothing", resource: resource(StorageAccount, { ...base, allowSharedKeyAccess: false }) },
    ],
    invalid: [
        { name: "unset: no reminder", resource: resource(StorageAccount, base), messages: ["noKeyPolicy"] },
        { name: "a year", resource: resource(StorageAccount, { ...base, allowSharedKeyAccess: true, keyPolicy: { keyExpirationPeriodInDays: 365 } }), messages: ["periodTooLong"] },
    ],
    undecided: [
        { name: "period from another resource", resource: resource(StorageAccount, { ...base, keyPolicy: { keyExpirationPeriodInDays: unknown() } }) },
    ],
});
