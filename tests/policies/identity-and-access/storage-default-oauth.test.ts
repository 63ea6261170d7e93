import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/identity-and-access/storage-default-oauth";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

testResourcePolicy(policy, {
    valid: [
        { name: "Entra authorization by default", resource: resource(StorageAccount, { ...base, defaultToOAuthAuthentication: true }) },
        { name: "no shared key access: the portal can only use Entra", resource: resource(StorageAccount, { ...base, allowSharedKeyAccess: false }) },
    ],
    invalid: [
        { name: "unset: false", resource: resource(StorageAccount, base), messages: ["keyAuthByDefault"] },
        { name: "explicitly false with shared key access on", resource: resource(StorageAccount, { ...base, allowSharedKeyAccess: true, defaultToOAuthAuthentication: false }), messages: ["keyAuthByDefault"] },
    ],
    undecided: [
        { name: "set from another resource", resource: resource(StorageAccount, { ...base, defaultToOAuthAuthentication: unknown() }) },
        { name: "shared key access unknown", resource: resource(StorageAccount, { ...base, allowSharedKeyAccess: unknown() }) },
    ],
});
