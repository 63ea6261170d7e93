import { FileServiceProperties } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/file-share-soft-delete";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", accountName: "contosofiles" };

testResourcePolicy(policy, {
    valid: [
        { name: "unset: on for 7 days in new accounts", resource: resource(FileServiceProperties, base) },
        { name: "on for 14 days", resource: resource(FileServiceProperties, { ...base, shareDeleteRetentionPolicy: { enabled: true, days: 14 } }) },
        { name: "enabled with days unset: left to the API", resource: resource(FileServiceProperties, { ...base, shareDeleteRetentionPolicy: { enabled: true } }) },
        { name: "30 days against a configured minimum of 30", config: { minimumDays: 30 }, resource: resource(FileServiceProperties, { ...base, shareDeleteRetentionPolicy: { enabled: true, days: 30 } }) },
    ],
    invalid: [
        { name: "disabled", resource: resource(FileServiceProperties, { ...base, shareDeleteRetentionPolicy: { enabled: false } }), messages: ["shareSoftDeleteOff"] },
        { name: "policy without enabled", resource: resource(FileServiceProperties, { ...base, shareDeleteRetentionPolicy: { days: 7 } }), messages: ["shareSoftDeleteOff"] },
        { name: "one day", resource: resource(FileServiceProperties, { ...base, shareDeleteRetentionPolicy: { enabled: true, days: 1 } }), messages: ["shareRetentionShort"] },
        { name: "14 days against a configured minimum of 30", config: { minimumDays: 30 }, resource: resource(FileServiceProperties, { ...base, shareDeleteRetentionPolicy: { enabled: true, days: 14 } }), messages: ["shareRetentionShort"] },
    ],
    undecided: [
        { name: "enabled from another resource", resource: resource(FileServiceProperties, { ...base, shareDeleteRetentionPolicy: { enabled: unknown(), days: 7 } }) },
        { name: "days from another resource", resource: resource(FileServiceProperties, { ...base, shareDeleteRetentionPolicy: { enabled: true, days: unknown() } }) },
    ],
});
