// A new stack with two gaps that policies of the pack can fix themselves, for `pulumi preview` with those policies
// at the enforcement level `remediate` (e2e/remediation.test.ts): a storage account that still names TLS 1.0 as
// its minimum, and a web app that accepts plain FTP. The resource group's name is unknown during this preview.
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import * as web from "@pulumi/azure-native/web";

const rg = new resources.ResourceGroup("rg", { location: "westeurope" });

new storage.StorageAccount("storage", {
    resourceGroupName: rg.name, location: rg.location, kind: "StorageV2", sku: { name: "Standard_LRS" },
    allowSharedKeyAccess: false,
    minimumTlsVersion: "TLS1_0",
});

const plan = new web.AppServicePlan("plan", { resourceGroupName: rg.name, location: rg.location, sku: { name: "P1v3" } });

new web.WebApp("app", {
    resourceGroupName: rg.name, location: rg.location, serverFarmId: plan.id, httpsOnly: true,
    siteConfig: { ftpsState: "AllAllowed", alwaysOn: true },
});
