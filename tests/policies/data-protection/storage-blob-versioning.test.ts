import { BlobServiceProperties } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/storage-blob-versioning";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", accountName: "contosodata" };

testResourcePolicy(policy, {
    valid: [
        { name: "versioning on", resource: resource(BlobServiceProperties, { ...base, isVersioningEnabled: true }) },
    ],
    invalid: [
        { name: "unset: off by default", resource: resource(BlobServiceProperties, { ...base, deleteRetentionPolicy: { enabled: true, days: 7 } }), messages: ["versioningOff"] },
        { name: "explicitly off", resource: resource(BlobServiceProperties, { ...base, isVersioningEnabled: false }), messages: ["versioningOff"] },
    ],
    undecided: [
        { name: "set from another resource", resource: resource(BlobServiceProperties, { ...base, isVersioningEnabled: unknown() }) },
    ],
});
