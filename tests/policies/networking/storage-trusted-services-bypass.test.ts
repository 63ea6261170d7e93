import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/networking/storage-trusted-services-bypass";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

testResourcePolicy(policy, {
    valid: [
        { name: "no network rule set: AzureServices by default", resource: resource(StorageAccount, base) },
        { name: "rule set without bypass: AzureServices by default", resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: "Deny" } }) },
        { name: "AzureServices", resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices" } }) },
        { name: "combined, any case and spacing", resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: "Deny", bypass: "Logging,Metrics, azureservices" } }) },
    ],
    invalid: [
        { name: "None", resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: "Deny", bypass: "None" } }), messages: ["trustedServicesBlocked"] },
        { name: "logging and metrics only", resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: "Deny", bypass: "Logging, Metrics" } }), messages: ["trustedServicesBlocked"] },
    ],
    undecided: [
        { name: "bypass from another resource", resource: resource(StorageAccount, { ...base, networkRuleSet: { defaultAction: "Deny", bypass: unknown() } }) },
    ],
});
