import { BlobServiceProperties } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/storage-blob-soft-delete";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", accountName: "contosodata" };
const on = (days: number) => ({ enabled: true, days });

testResourcePolicy(policy, {
    valid: [
        { name: "both on for 7 days", resource: resource(BlobServiceProperties, { ...base, deleteRetentionPolicy: on(7), containerDeleteRetentionPolicy: on(7) }) },
        { name: "30 days against a configured minimum of 30", config: { minimumDays: 30 }, resource: resource(BlobServiceProperties, { ...base, deleteRetentionPolicy: on(30), containerDeleteRetentionPolicy: on(90) }) },
        { name: "enabled with days unset: left to the API", resource: resource(BlobServiceProperties, { ...base, deleteRetentionPolicy: { enabled: true }, containerDeleteRetentionPolicy: on(14) }) },
    ],
    invalid: [
        {
            name: "unset: both off by default",
            resource: resource(BlobServiceProperties, base),
            messages: ["blobSoftDeleteOff", "containerSoftDeleteOff"],
        },
        {
            name: "blob soft delete disabled",
            resource: resource(BlobServiceProperties, { ...base, deleteRetentionPolicy: { enabled: false, days: 7 }, containerDeleteRetentionPolicy: on(7) }),
            messages: ["blobSoftDeleteOff"],
        },
        {
            name: "retention shorter than the default minimum",
            resource: resource(BlobServiceProperties, { ...base, deleteRetentionPolicy: on(3), containerDeleteRetentionPolicy: on(1) }),
            messages: ["blobRetentionShort", "containerRetentionShort"],
        },
        {
            name: "retention shorter than a configured minimum",
            config: { minimumDays: 30 },
            resource: resource(BlobServiceProperties, { ...base, deleteRetentionPolicy: on(14), containerDeleteRetentionPolicy: on(30) }),
            messages: ["blobRetentionShort"],
        },
        {
            name: "blob soft delete off while the container retention is still unknown",
            resource: resource(BlobServiceProperties, { ...base, deleteRetentionPolicy: { enabled: false }, containerDeleteRetentionPolicy: unknown() }),
            messages: ["blobSoftDeleteOff"],
        },
    ],
    undecided: [
        { name: "retention from another resource", resource: resource(BlobServiceProperties, { ...base, deleteRetentionPolicy: { enabled: true, days: unknown() }, containerDeleteRetentionPolicy: on(7) }) },
    ],
});
