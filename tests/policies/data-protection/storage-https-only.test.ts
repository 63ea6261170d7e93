import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/storage-https-only";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

testResourcePolicy(policy, {
    valid: [
        { name: "HTTPS only", resource: resource(StorageAccount, { ...base, enableHttpsTrafficOnly: true }) },
        { name: "unset: defaults to true", resource: resource(StorageAccount, base) },
    ],
    invalid: [
        {
            name: "HTTP allowed",
            resource: resource(StorageAccount, { ...base, enableHttpsTrafficOnly: false }),
            messages: ["httpAllowed"],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: resource(StorageAccount, { ...base, enableHttpsTrafficOnly: unknown() }) },
    ],
});
