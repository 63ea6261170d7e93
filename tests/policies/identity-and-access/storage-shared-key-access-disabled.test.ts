import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/identity-and-access/storage-shared-key-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

testResourcePolicy(policy, {
    valid: [
        { name: "Shared Key disabled", resource: resource(StorageAccount, { ...base, allowSharedKeyAccess: false }) },
    ],
    invalid: [
        {
            name: "Shared Key allowed",
            resource: resource(StorageAccount, { ...base, allowSharedKeyAccess: true }),
            messages: ["sharedKeyAllowed"],
        },
        {
            name: "unset: null is equivalent to true",
            resource: resource(StorageAccount, base),
            messages: ["sharedKeyAllowed"],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: resource(StorageAccount, { ...base, allowSharedKeyAccess: unknown() }) },
    ],
});
