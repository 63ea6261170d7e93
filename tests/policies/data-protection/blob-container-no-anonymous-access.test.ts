import { BlobContainer } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/blob-container-no-anonymous-access";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", accountName: "stdata", containerName: "reports" };

testResourcePolicy(policy, {
    valid: [
        { name: "unset: None by default", resource: resource(BlobContainer, base) },
        { name: "None", resource: resource(BlobContainer, { ...base, publicAccess: "None" }) },
    ],
    invalid: [
        { name: "Blob: anonymous reads of blobs", resource: resource(BlobContainer, { ...base, publicAccess: "Blob" }), messages: ["anonymousRead"] },
        { name: "Container: anonymous reads and listing", resource: resource(BlobContainer, { ...base, publicAccess: "Container" }), messages: ["anonymousRead"] },
        { name: "case-insensitive", resource: resource(BlobContainer, { ...base, publicAccess: "container" as "Container" }), messages: ["anonymousRead"] },
    ],
    undecided: [
        { name: "access level from another resource", resource: resource(BlobContainer, { ...base, publicAccess: unknown() }) },
    ],
});
