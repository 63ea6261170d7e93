import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/storage-blob-public-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

testResourcePolicy(policy, {
    valid: [
        { name: "public access disallowed", resource: resource(StorageAccount, { ...base, allowBlobPublicAccess: false }) },
        { name: "unset: defaults to false", resource: resource(StorageAccount, base) },
    ],
    invalid: [
        {
            name: "public access allowed",
            resource: resource(StorageAccount, { ...base, allowBlobPublicAccess: true }),
            messages: ["publicAccessAllowed"],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: resource(StorageAccount, { ...base, allowBlobPublicAccess: unknown() }) },
    ],
});
