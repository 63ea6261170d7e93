// A new stack of a small application with gaps the pack's mandatory policies block, for
// `pulumi preview --policy-pack`. Ids of resources not yet created are unknown during this preview: the
// NSG's id that the app subnet points at, the storage account's id the diagnostic setting names.
import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import * as web from "@pulumi/azure-native/web";

const rg = new resources.ResourceGroup("rg", { location: "westeurope" });
const location = rg.location;

// SSH open to the Internet.
const nsg = new network.NetworkSecurityGroup("nsg", {
    resourceGroupName: rg.name, location,
    securityRules: [{
        name: "ssh", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp",
        sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "22",
    }],
});

// The data subnet has no NSG (a stack policy: it sees the whole plan, where nsg.id is still unknown).
new network.VirtualNetwork("vnet", {
    resourceGroupName: rg.name, location, addressSpace: { addressPrefixes: ["10.0.0.0/16"] },
    subnets: [
        { name: "app", addressPrefix: "10.0.1.0/24", networkSecurityGroup: { id: nsg.id } },
        { name: "data", addressPrefix: "10.0.2.0/24" },
    ],
});

// Plain HTTP, a TLS 1.0 minimum, anonymous blob access, Shared Key allowed.
const account = new storage.StorageAccount("storage", {
    resourceGroupName: rg.name, location, kind: "StorageV2", sku: { name: "Standard_ZRS" },
    enableHttpsTrafficOnly: false, allowBlobPublicAccess: true, minimumTlsVersion: "TLS1_0",
});

// A web app that also serves plain HTTP.
const plan = new web.AppServicePlan("plan", { resourceGroupName: rg.name, location, kind: "linux", reserved: true, sku: { name: "P1v3" } });
new web.WebApp("app", { resourceGroupName: rg.name, location, serverFarmId: plan.id, httpsOnly: false });

export const storageAccount = account.name;
export const stack = pulumi.getStack();
