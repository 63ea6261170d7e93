/**
 * The shop with the gaps we most often see: the same application as examples/secure (a web app with SQL and
 * storage, a VNet, a Linux and a Windows VM, an AKS cluster, a Key Vault, a Log Analytics workspace), written the
 * quick way, plus two shortcuts the secure twin does without: Owner of the subscription for the operations group, and
 * the carriers' webhook in a public container group. It deploys; `azure-srm scan examples/insecure` shows what is
 * left on the customer's side of the shared responsibility model, in every area.
 */
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as compute from "@pulumi/azure-native/compute";
import * as containerinstance from "@pulumi/azure-native/containerinstance";
import * as containerservice from "@pulumi/azure-native/containerservice";
import * as keyvault from "@pulumi/azure-native/keyvault";
import * as monitor from "@pulumi/azure-native/monitor";
import * as network from "@pulumi/azure-native/network";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import * as recoveryservices from "@pulumi/azure-native/recoveryservices";
import * as resources from "@pulumi/azure-native/resources";
import * as sql from "@pulumi/azure-native/sql";
import * as storage from "@pulumi/azure-native/storage";
import * as web from "@pulumi/azure-native/web";

const config = new pulumi.Config();
const env = config.get("environment") ?? pulumi.getStack();
const location = new pulumi.Config("azure-native").require("location");
const sqlAdminPassword = config.requireSecret("sqlAdminPassword");
const vmAdminPassword = config.requireSecret("vmAdminPassword");
const tags = { application: "shop", environment: env };

const client = authorization.getClientConfigOutput();

// Gap: the operations group (by default, whoever deploys) is Owner of the whole subscription.
new authorization.RoleAssignment("ops-owner", {
    scope: pulumi.interpolate`/subscriptions/${client.subscriptionId}`,
    principalId: config.get("opsGroupObjectId") ?? client.objectId,
    roleDefinitionId: pulumi.interpolate`/subscriptions/${client.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`,
});

const rg = new resources.ResourceGroup("rg", { resourceGroupName: `rg-shop-${env}`, location, tags });
const inGroup = { resourceGroupName: rg.name, location: rg.location, tags };

// Gap: the default 30 days of retention.
const logs = new operationalinsights.Workspace("logs", {
    ...inGroup,
    workspaceName: `log-shop-${env}`,
    sku: { name: "PerGB2018" },
});

// Network. Gaps: SSH and RDP open to the Internet; the data subnet has no NSG.
const vmNsg = new network.NetworkSecurityGroup("nsg-vm", {
    ...inGroup,
    networkSecurityGroupName: `nsg-shop-vm-${env}`,
    securityRules: [
        {
            name: "ssh", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp",
            sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "22",
        },
        {
            name: "rdp", priority: 110, direction: "Inbound", access: "Allow", protocol: "*",
            sourceAddressPrefix: "*", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "3389",
        },
    ],
});
const appNsg = new network.NetworkSecurityGroup("nsg-app", {
    ...inGroup,
    networkSecurityGroupName: `nsg-shop-app-${env}`,
    securityRules: [{
        name: "https", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp",
        sourceAddressPrefix: "VirtualNetwork", sourcePortRange: "*", destinationAddressPrefix: "VirtualNetwork", destinationPortRange: "443",
    }],
});
const vnet = new network.VirtualNetwork("vnet", {
    ...inGroup,
    virtualNetworkName: `vnet-shop-${env}`,
    addressSpace: { addressPrefixes: ["10.10.0.0/16"] },
    subnets: [
        { name: "workloads", addressPrefix: "10.10.1.0/24", networkSecurityGroup: { id: vmNsg.id } },
        {
            name: "app-integration", addressPrefix: "10.10.2.0/24", networkSecurityGroup: { id: appNsg.id },
            delegations: [{ name: "web", serviceName: "Microsoft.Web/serverFarms" }],
        },
        { name: "data", addressPrefix: "10.10.3.0/24" },
        { name: "aks", addressPrefix: "10.10.16.0/20", networkSecurityGroup: { id: appNsg.id } },
    ],
});
const subnetId = (name: string) => pulumi.interpolate`${vnet.id}/subnets/${name}`;

// Storage. Gaps: plain HTTP, TLS 1.0, public blobs, shared keys, every network, single encryption, 3 days of
// blob soft delete and none for containers, no resource logs.
const account = new storage.StorageAccount("storage", {
    ...inGroup,
    accountName: `stshop${env}data`,
    kind: "StorageV2",
    sku: { name: "Standard_LRS" },
    enableHttpsTrafficOnly: false,
    minimumTlsVersion: "TLS1_0",
    allowBlobPublicAccess: true,
});
const blobService = new storage.BlobServiceProperties("blob-service", {
    resourceGroupName: rg.name,
    accountName: account.name,
    blobServicesName: "default",
    deleteRetentionPolicy: { enabled: true, days: 3 },
});
new storage.BlobContainer("orders-export", {
    resourceGroupName: rg.name, accountName: account.name, containerName: "orders-export", publicAccess: "Blob",
}, { dependsOn: [blobService] });

// Key Vault. Gaps: access policies instead of RBAC, no purge protection, every network, a secret that never
// expires, no resource logs.
const vault = new keyvault.Vault("vault", {
    ...inGroup,
    vaultName: `kv-shop-${env}`,
    properties: {
        tenantId: client.tenantId,
        sku: { family: "A", name: "standard" },
        accessPolicies: [{
            tenantId: client.tenantId,
            objectId: client.objectId,
            permissions: { secrets: ["all"], keys: ["all"], certificates: ["all"] },
        }],
    },
});
new keyvault.Secret("sql-admin-password", {
    resourceGroupName: rg.name,
    vaultName: vault.name,
    secretName: "sql-admin-password",
    properties: { value: sqlAdminPassword },
});

// SQL. Gaps: SQL logins, TLS 1.1 accepted, public endpoint open to all of Azure and, through a rule added while
// debugging from home, to every address, TDE turned off (and under a service-managed key), no auditing.
const sqlServer = new sql.Server("sql", {
    ...inGroup,
    serverName: `sql-shop-${env}`,
    administratorLogin: "sqladmin",
    administratorLoginPassword: sqlAdminPassword,
    minimalTlsVersion: "1.1",
    publicNetworkAccess: "Enabled",
});
new sql.FirewallRule("allow-azure", {
    resourceGroupName: rg.name, serverName: sqlServer.name, firewallRuleName: "AllowAllWindowsAzureIps",
    startIpAddress: "0.0.0.0", endIpAddress: "0.0.0.0",
});
new sql.FirewallRule("allow-all", {
    resourceGroupName: rg.name, serverName: sqlServer.name, firewallRuleName: "debug-from-home",
    startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255",
});
const database = new sql.Database("db", {
    ...inGroup,
    serverName: sqlServer.name,
    databaseName: "orders",
    sku: { name: "S0", tier: "Standard" },
});
new sql.TransparentDataEncryption("db-tde", {
    resourceGroupName: rg.name, serverName: sqlServer.name, databaseName: database.name, tdeName: "current", state: "Disabled",
});

// The web app. Gaps: HTTP allowed, no managed identity, FTP, TLS 1.0, remote debugging, any origin, HTTP/1.1,
// a mail password written into the app settings, and a diagnostic setting that collects metrics but no logs.
const plan = new web.AppServicePlan("plan", {
    ...inGroup,
    name: `asp-shop-${env}`,
    kind: "linux",
    reserved: true,
    sku: { name: "B1", tier: "Basic" },
});
const app = new web.WebApp("app", {
    ...inGroup,
    name: `app-shop-${env}`,
    serverFarmId: plan.id,
    virtualNetworkSubnetId: subnetId("app-integration"),
    siteConfig: {
        linuxFxVersion: "NODE|20-lts",
        minTlsVersion: "1.0",
        http20Enabled: false,
        remoteDebuggingEnabled: true,
        remoteDebuggingVersion: "VS2022",
        cors: { allowedOrigins: ["*"] },
    },
});
new web.WebAppApplicationSettings("app-settings", {
    resourceGroupName: rg.name,
    name: app.name,
    properties: {
        ORDERS_DB: pulumi.interpolate`Server=tcp:${sqlServer.name}.database.windows.net;Database=${database.name};User ID=sqladmin;Password=${sqlAdminPassword}`,
        EXPORT_CONTAINER: pulumi.interpolate`https://${account.name}.blob.core.windows.net/orders-export`,
        MAIL_PASSWORD: "ChangeMe-2026",
    },
});
new monitor.DiagnosticSetting("app-metrics", {
    name: "app-metrics",
    resourceUri: app.id,
    workspaceId: logs.id,
    metrics: [{ category: "AllMetrics", enabled: true }],
});

// Virtual machines. Gaps: a public IP, SSH passwords, the image's own patching and no assessment, Windows updates
// off, Secure Boot off, no encryption at host, and only the Linux VM backed up.
const pip = new network.PublicIPAddress("vm-linux-pip", {
    ...inGroup,
    publicIpAddressName: `pip-shop-worker-${env}`,
    sku: { name: "Standard" },
    publicIPAllocationMethod: "Static",
});
const linuxNic = new network.NetworkInterface("vm-linux-nic", {
    ...inGroup,
    networkInterfaceName: `nic-vm-linux-${env}`,
    ipConfigurations: [{ name: "ipconfig1", subnet: { id: subnetId("workloads") }, publicIPAddress: { id: pip.id } }],
});
const windowsNic = new network.NetworkInterface("vm-windows-nic", {
    ...inGroup,
    networkInterfaceName: `nic-vm-windows-${env}`,
    ipConfigurations: [{ name: "ipconfig1", subnet: { id: subnetId("workloads") } }],
});

const linuxVm = new compute.VirtualMachine("vm-linux", {
    ...inGroup,
    vmName: `vm-shop-worker-${env}`,
    hardwareProfile: { vmSize: "Standard_D2s_v5" },
    networkProfile: { networkInterfaces: [{ id: linuxNic.id, primary: true }] },
    storageProfile: {
        imageReference: { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" },
        osDisk: { createOption: "FromImage", managedDisk: { storageAccountType: "Premium_LRS" } },
    },
    osProfile: {
        computerName: "shop-worker",
        adminUsername: "azureuser",
        adminPassword: vmAdminPassword,
        linuxConfiguration: { disablePasswordAuthentication: false },
    },
});
new compute.VirtualMachine("vm-windows", {
    ...inGroup,
    vmName: `vm-shop-reports-${env}`,
    hardwareProfile: { vmSize: "Standard_D4s_v5" },
    networkProfile: { networkInterfaces: [{ id: windowsNic.id, primary: true }] },
    storageProfile: {
        imageReference: { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2022-datacenter-azure-edition", version: "latest" },
        osDisk: { createOption: "FromImage", managedDisk: { storageAccountType: "Premium_LRS" } },
    },
    securityProfile: { securityType: "TrustedLaunch", uefiSettings: { secureBootEnabled: false, vTpmEnabled: true } },
    osProfile: {
        computerName: "shop-reports",
        adminUsername: "shopadmin",
        adminPassword: vmAdminPassword,
        windowsConfiguration: { enableAutomaticUpdates: false, provisionVMAgent: true, patchSettings: { patchMode: "Manual" } },
    },
});

const backupVault = new recoveryservices.Vault("backup-vault", {
    ...inGroup,
    vaultName: `rsv-shop-${env}`,
    sku: { name: "RS0", tier: "Standard" },
    properties: { publicNetworkAccess: "Enabled" },
});
new recoveryservices.ProtectedItem("vm-linux-backup", {
    resourceGroupName: rg.name,
    vaultName: backupVault.name,
    fabricName: "Azure",
    containerName: pulumi.interpolate`iaasvmcontainer;iaasvmcontainerv2;${rg.name};vm-shop-worker-${env}`,
    protectedItemName: pulumi.interpolate`vm;iaasvmcontainerv2;${rg.name};vm-shop-worker-${env}`,
    properties: {
        protectedItemType: "Microsoft.Compute/virtualMachines",
        sourceResourceId: linuxVm.id,
        policyId: pulumi.interpolate`${backupVault.id}/backupPolicies/DefaultPolicy`,
    },
});

// AKS, as a quickstart creates it. Gaps: certificates instead of Entra ID, local accounts, a public API server
// open to every address, no network policy, no automatic upgrades, no Azure Policy, no monitoring, no Defender,
// no image cleaner, no resource logs.
new containerservice.ManagedCluster("aks", {
    ...inGroup,
    resourceName: `aks-shop-${env}`,
    dnsPrefix: `aks-shop-${env}`,
    identity: { type: "SystemAssigned" },
    agentPoolProfiles: [{
        name: "system", mode: "System", count: 2, vmSize: "Standard_D4s_v5", osType: "Linux", vnetSubnetID: subnetId("aks"),
    }],
    networkProfile: { networkPlugin: "kubenet" },
    autoUpgradeProfile: { upgradeChannel: "none", nodeOSUpgradeChannel: "Unmanaged" },
});

// The carriers' delivery webhook, in a container group. Gap: a public IP serving plain HTTP on port 80.
const webhook = new containerinstance.ContainerGroup("webhook", {
    ...inGroup,
    containerGroupName: `ci-shop-webhook-${env}`,
    osType: "Linux",
    restartPolicy: "Always",
    containers: [{
        name: "webhook",
        image: "mcr.microsoft.com/azuredocs/aci-helloworld:latest",
        ports: [{ port: 80, protocol: "TCP" }],
        resources: { requests: { cpu: 1, memoryInGB: 1.5 } },
    }],
    ipAddress: { type: "Public", ports: [{ port: 80, protocol: "TCP" }] },
});

export const webhookIp = webhook.ipAddress.apply((ip) => ip?.ip);
export const appHostName = app.defaultHostName;
export const vmPublicIp = pip.ipAddress;
