// The secure twin of ../insecure: the same application as the pack recommends it. Its preview passes
// every mandatory policy; advisory findings may remain.
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as monitor from "@pulumi/azure-native/monitor";
import * as network from "@pulumi/azure-native/network";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import * as web from "@pulumi/azure-native/web";

const rg = new resources.ResourceGroup("rg", { location: "westeurope" });
const location = rg.location;

const logs = new operationalinsights.Workspace("logs", { resourceGroupName: rg.name, location, retentionInDays: 90 });
const diagnostics = (name: string, resourceUri: pulumi.Input<string>) =>
    new monitor.DiagnosticSetting(name, {
        resourceUri, workspaceId: logs.id, logs: [{ categoryGroup: "allLogs", enabled: true }],
    });

// SSH only from inside the address space.
const nsg = new network.NetworkSecurityGroup("nsg", {
    resourceGroupName: rg.name, location,
    securityRules: [{
        name: "ssh", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp",
        sourceAddressPrefix: "10.0.0.0/16", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "22",
    }],
});
diagnostics("diag-nsg", nsg.id);

// A DDoS protection plan covers the virtual network.
const ddosPlan = new network.DdosProtectionPlan("ddos-plan", { resourceGroupName: rg.name, location });
new network.VirtualNetwork("vnet", {
    resourceGroupName: rg.name, location, addressSpace: { addressPrefixes: ["10.0.0.0/16"] },
    enableDdosProtection: true, ddosProtectionPlan: { id: ddosPlan.id },
    subnets: [
        { name: "app", addressPrefix: "10.0.1.0/24", networkSecurityGroup: { id: nsg.id } },
        { name: "data", addressPrefix: "10.0.2.0/24", networkSecurityGroup: { id: nsg.id } },
    ],
});

const account = new storage.StorageAccount("storage", {
    resourceGroupName: rg.name, location, kind: "StorageV2", sku: { name: "Standard_ZRS" },
    minimumTlsVersion: "TLS1_2", allowSharedKeyAccess: false, allowBlobPublicAccess: false, publicNetworkAccess: "Disabled",
    networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices" },
    encryption: { keySource: "Microsoft.Storage", requireInfrastructureEncryption: true },
});
const blobs = new storage.BlobServiceProperties("blob-service", {
    resourceGroupName: rg.name, accountName: account.name, blobServicesName: "default",
    deleteRetentionPolicy: { enabled: true, days: 14 },
    containerDeleteRetentionPolicy: { enabled: true, days: 14 },
    isVersioningEnabled: true,
});
new authorization.ManagementLockByScope("storage-lock", { scope: account.id, level: "CanNotDelete" });
diagnostics("diag-blob", blobs.id);

const plan = new web.AppServicePlan("plan", { resourceGroupName: rg.name, location, kind: "linux", reserved: true, sku: { name: "P1v3" } });
const app = new web.WebApp("app", {
    resourceGroupName: rg.name, location, serverFarmId: plan.id, httpsOnly: true, identity: { type: "SystemAssigned" },
    publicNetworkAccess: "Disabled", clientCertEnabled: true, clientCertMode: "Required",
    siteConfig: { ftpsState: "Disabled", minTlsVersion: "1.2", http20Enabled: true },
});
diagnostics("diag-app", app.id);

export const storageAccount = account.name;
