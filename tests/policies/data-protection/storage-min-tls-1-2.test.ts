import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/storage-min-tls-1-2";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

testResourcePolicy(policy, {
    valid: [
        { name: "TLS 1.2", resource: resource(StorageAccount, { ...base, minimumTlsVersion: "TLS1_2" }) },
        { name: "TLS 1.2 in another case", resource: resource(StorageAccount, { ...base, minimumTlsVersion: "tls1_2" }) },
        { name: "unset: Azure Storage has accepted TLS 1.2 and newer only since February 2026", resource: resource(StorageAccount, base) },
    ],
    invalid: [
        {
            name: "TLS 1.0",
            resource: resource(StorageAccount, { ...base, minimumTlsVersion: "TLS1_0" }),
            messages: ["tlsBelow12"],
        },
        {
            name: "TLS 1.1",
            resource: resource(StorageAccount, { ...base, minimumTlsVersion: "TLS1_1" }),
            messages: ["tlsBelow12"],
        },
    ],
    undecided: [
        { name: "version from another resource", resource: resource(StorageAccount, { ...base, minimumTlsVersion: unknown() }) },
    ],
});
