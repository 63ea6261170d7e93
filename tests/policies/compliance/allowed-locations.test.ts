import { ResourceGroup } from "@pulumi/azure-native/resources";
import { StorageAccount } from "@pulumi/azure-native/storage";
import { SecurityRule } from "@pulumi/azure-native/network";
import policy from "../../../policies/compliance/allowed-locations";
import { resource, testResourcePolicy, unknown } from "../../tester";

const account = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };
const config = { locations: ["West Europe", "northeurope"] };

testResourcePolicy(policy, {
    valid: [
        { name: "allowed region, other spelling", config, resource: resource(StorageAccount, { ...account, location: "westeurope" }) },
        { name: "allowed region, any case", config, resource: resource(ResourceGroup, { location: "NorthEurope" }) },
        { name: "global", config, resource: resource(StorageAccount, { ...account, location: "Global" }) },
        { name: "unset: follows the resource group", config, resource: resource(StorageAccount, account) },
        { name: "no locations configured: anything goes", resource: resource(StorageAccount, { ...account, location: "brazilsouth" }) },
        {
            name: "security rules take no location: out of scope",
            config,
            resource: resource(SecurityRule, { resourceGroupName: "rg", networkSecurityGroupName: "nsg", protocol: "Tcp", access: "Allow", direction: "Inbound", priority: 100 }),
        },
    ],
    invalid: [
        {
            name: "region outside the list",
            config,
            resource: resource(StorageAccount, { ...account, location: "eastus2" }),
            messages: ["locationNotAllowed"],
        },
        {
            name: "resource group outside the list",
            config,
            resource: resource(ResourceGroup, { location: "Southeast Asia" }),
            messages: ["locationNotAllowed"],
        },
    ],
    undecided: [
        { name: "location from the resource group's output", config, resource: resource(StorageAccount, { ...account, location: unknown() }) },
    ],
});

