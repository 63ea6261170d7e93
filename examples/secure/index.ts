/**
 * The shop, as we recommend it: a web app with SQL and storage, all reached over private endpoints in a VNet under
 * a DDoS protection plan, a Linux and a Windows VM backed up to a Recovery Services vault, an AKS cluster, a Key
 * Vault, and diagnostic settings sending every resource log to one Log Analytics workspace.
 * `azure-srm scan examples/secure` reports nothing.
 *
 * Its twin, examples/insecure, is the same application with the gaps we most often see.
 */
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as compute from "@pulumi/azure-native/compute";
import * as containerservice from "@pulumi/azure-native/containerservice";
import * as keyvault from "@pulumi/azure-native/keyvault";
import * as monitor from "@pulumi/azure-native/monitor";
import * as network from "@pulumi/azure-native/network";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import * as privatedns from "@pulumi/azure-native/privatedns";
import * as recoveryservices from "@pulumi/azure-native/recoveryservices";
import * as resources from "@pulumi/azure-native/resources";
import * as sql from "@pulumi/azure-native/sql";
import * as storage from "@pulumi/azure-native/storage";
import * as web from "@pulumi/azure-native/web";

const config = new pulumi.Config();
const env = config.get("environment") ?? pulumi.getStack();
const location = new pulumi.Config("azure-native").require("location");
/** The Entra ID group that administers the SQL server (Entra-only authentication). */
const sqlAdminGroup = config.require("sqlAdminGroupObjectId");
/** Trusted administration network: SSH and RDP come from here (a VPN or Azure Bastion range), never the Internet. */
const adminRange = config.get("adminAddressRange") ?? "10.20.0.0/24";
const sshPublicKey = config.require("sshPublicKey");
const windowsAdminPassword = config.requireSecret("windowsAdminPassword");
/** The security team's workspace, where Defender for Containers reports (not the application's own). */
const securityWorkspaceId = config.require("securityWorkspaceId");
/** The security team's Key Vault key that protects the SQL server's TDE, and the identity allowed to use it. */
const sqlTdeKeyId = config.require("sqlTdeKeyId");
const sqlTdeIdentityId = config.require("sqlTdeIdentityId");
const tags = { application: "shop", environment: env, owner: "platform-team" };

const client = authorization.getClientConfigOutput();

const rg = new resources.ResourceGroup("rg", { resourceGroupName: `rg-shop-${env}`, location, tags });
const inGroup = { resourceGroupName: rg.name, location: rg.location, tags };

// Monitoring: one workspace for every resource log, kept for 90 days.
const logs = new operationalinsights.Workspace("logs", {
    ...inGroup,
    workspaceName: `log-shop-${env}`,
    sku: { name: "PerGB2018" },
    retentionInDays: 90,
});

/** Sends every resource log (and metrics) of `resourceUri` to the workspace. */
function diagnostics(name: string, resourceUri: pulumi.Input<string>, withMetrics = true): monitor.DiagnosticSetting {
    return new monitor.DiagnosticSetting(name, {
        name: `diag-${name}`,
        resourceUri,
        workspaceId: logs.id,
        logs: [{ categoryGroup: "allLogs", enabled: true }],
        metrics: withMetrics ? [{ category: "AllMetrics", enabled: true }] : undefined,
    });
}

// Network: every subnet has an NSG; management ports open to the admin range only.
const vmNsg = new network.NetworkSecurityGroup("nsg-vm", {
    ...inGroup,
    networkSecurityGroupName: `nsg-shop-vm-${env}`,
    securityRules: [
        {
            name: "ssh-from-admin", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp",
            sourceAddressPrefix: adminRange, sourcePortRange: "*", destinationAddressPrefix: "VirtualNetwork", destinationPortRange: "22",
        },
        {
            name: "rdp-from-admin", priority: 110, direction: "Inbound", access: "Allow", protocol: "Tcp",
            sourceAddressPrefix: adminRange, sourcePortRange: "*", destinationAddressPrefix: "VirtualNetwork", destinationPortRange: "3389",
        },
        {
            name: "deny-internet", priority: 4000, direction: "Inbound", access: "Deny", protocol: "*",
            sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "*",
        },
    ],
});
const appNsg = new network.NetworkSecurityGroup("nsg-app", {
    ...inGroup,
    networkSecurityGroupName: `nsg-shop-app-${env}`,
    securityRules: [{
        name: "https-from-vnet", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp",
        sourceAddressPrefix: "VirtualNetwork", sourcePortRange: "*", destinationAddressPrefix: "VirtualNetwork", destinationPortRange: "443",
    }],
});

// DDoS Network Protection: adaptive tuning, attack telemetry and mitigation alerts for the VNet's public IPs
// (Application Gateway, AKS egress).
const ddosPlan = new network.DdosProtectionPlan("ddos-plan", { ...inGroup, ddosProtectionPlanName: `ddos-shop-${env}` });

const vnet = new network.VirtualNetwork("vnet", {
    ...inGroup,
    virtualNetworkName: `vnet-shop-${env}`,
    addressSpace: { addressPrefixes: ["10.10.0.0/16"] },
    enableDdosProtection: true,
    ddosProtectionPlan: { id: ddosPlan.id },
    subnets: [
        { name: "workloads", addressPrefix: "10.10.1.0/24", networkSecurityGroup: { id: vmNsg.id } },
        {
            name: "app-integration", addressPrefix: "10.10.2.0/24", networkSecurityGroup: { id: appNsg.id },
            delegations: [{ name: "web", serviceName: "Microsoft.Web/serverFarms" }],
        },
        {
            name: "private-endpoints", addressPrefix: "10.10.3.0/24", networkSecurityGroup: { id: appNsg.id },
            privateEndpointNetworkPolicies: "Enabled",
        },
        { name: "aks", addressPrefix: "10.10.16.0/20", networkSecurityGroup: { id: appNsg.id } },
    ],
});
const subnetId = (name: string) => pulumi.interpolate`${vnet.id}/subnets/${name}`;

/** A private endpoint for `target` in the private-endpoints subnet, registered in its privatelink DNS zone. */
function privateEndpoint(name: string, target: pulumi.Input<string>, groupId: string, zoneName: string): network.PrivateEndpoint {
    const zone = new privatedns.PrivateZone(`${name}-zone`, { resourceGroupName: rg.name, privateZoneName: zoneName, location: "global", tags });
    new privatedns.VirtualNetworkLink(`${name}-zone-link`, {
        resourceGroupName: rg.name, privateZoneName: zone.name, location: "global",
        virtualNetwork: { id: vnet.id }, registrationEnabled: false, tags,
    });
    const endpoint = new network.PrivateEndpoint(`${name}-pe`, {
        ...inGroup,
        privateEndpointName: `pe-shop-${name}-${env}`,
        subnet: { id: subnetId("private-endpoints") },
        privateLinkServiceConnections: [{ name, privateLinkServiceId: target, groupIds: [groupId] }],
    });
    new network.PrivateDnsZoneGroup(`${name}-dns`, {
        resourceGroupName: rg.name, privateEndpointName: endpoint.name, privateDnsZoneGroupName: "default",
        privateDnsZoneConfigs: [{ name: zoneName, privateDnsZoneId: zone.id }],
    });
    return endpoint;
}

// Storage: Entra ID only, TLS 1.2, no public network access, double encryption, soft delete.
const account = new storage.StorageAccount("storage", {
    ...inGroup,
    accountName: `stshop${env}data`,
    kind: "StorageV2",
    sku: { name: "Standard_ZRS" },
    enableHttpsTrafficOnly: true,
    minimumTlsVersion: "TLS1_2",
    allowBlobPublicAccess: false,
    allowSharedKeyAccess: false,
    publicNetworkAccess: "Disabled",
    networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices" },
    encryption: {
        keySource: "Microsoft.Storage",
        requireInfrastructureEncryption: true,
        services: { blob: { enabled: true, keyType: "Account" }, file: { enabled: true, keyType: "Account" } },
    },
});
const blobService = new storage.BlobServiceProperties("blob-service", {
    resourceGroupName: rg.name,
    accountName: account.name,
    blobServicesName: "default",
    deleteRetentionPolicy: { enabled: true, days: 14 },
    containerDeleteRetentionPolicy: { enabled: true, days: 14 },
    isVersioningEnabled: true,
});
new storage.BlobContainer("orders-export", {
    resourceGroupName: rg.name, accountName: account.name, containerName: "orders-export", publicAccess: "None",
}, { dependsOn: [blobService] });
// The account holds the orders: a delete lock keeps one mistaken delete from removing it.
new authorization.ManagementLockByScope("storage-lock", {
    scope: account.id, lockName: "do-not-delete", level: "CanNotDelete", notes: "Holds the shop's orders.",
});
privateEndpoint("blob", account.id, "blob", "privatelink.blob.core.windows.net");
diagnostics("blob-service", blobService.id);

// Key Vault: Azure RBAC, purge protection, private endpoint only.
const vault = new keyvault.Vault("vault", {
    ...inGroup,
    vaultName: `kv-shop-${env}`,
    properties: {
        tenantId: client.tenantId,
        sku: { family: "A", name: "standard" },
        enableRbacAuthorization: true,
        enableSoftDelete: true,
        softDeleteRetentionInDays: 90,
        enablePurgeProtection: true,
        publicNetworkAccess: "Disabled",
        networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
    },
});
const windowsPasswordSecret = new keyvault.Secret("windows-admin-password", {
    resourceGroupName: rg.name,
    vaultName: vault.name,
    secretName: "vm-windows-admin-password",
    properties: {
        value: windowsAdminPassword,
        contentType: "password",
        attributes: { enabled: true, expires: Math.floor(Date.UTC(2027, 0, 1) / 1000) },
    },
});
privateEndpoint("vault", vault.id, "vault", "privatelink.vaultcore.azure.net");
diagnostics("vault", vault.id);

// SQL: Entra-only authentication, TLS 1.2, private endpoint only, TDE on under the security team's key, auditing
// to Azure Monitor.
const sqlServer = new sql.Server("sql", {
    ...inGroup,
    serverName: `sql-shop-${env}`,
    minimalTlsVersion: "1.2",
    publicNetworkAccess: "Disabled",
    administrators: {
        administratorType: "ActiveDirectory",
        azureADOnlyAuthentication: true,
        login: "sql-admins",
        principalType: "Group",
        sid: sqlAdminGroup,
        tenantId: client.tenantId,
    },
    identity: { type: "SystemAssigned,UserAssigned", userAssignedIdentities: [sqlTdeIdentityId] },
    primaryUserAssignedIdentityId: sqlTdeIdentityId,
    keyId: sqlTdeKeyId,
});
const database = new sql.Database("db", {
    ...inGroup,
    serverName: sqlServer.name,
    databaseName: "orders",
    sku: { name: "GP_S_Gen5", tier: "GeneralPurpose", family: "Gen5", capacity: 2 },
    zoneRedundant: true,
});
new sql.TransparentDataEncryption("db-tde", {
    resourceGroupName: rg.name, serverName: sqlServer.name, databaseName: database.name, tdeName: "current", state: "Enabled",
});
new sql.ServerBlobAuditingPolicy("sql-audit", {
    resourceGroupName: rg.name,
    serverName: sqlServer.name,
    blobAuditingPolicyName: "default",
    state: "Enabled",
    isAzureMonitorTargetEnabled: true,
});
// Auditing to Azure Monitor goes through the master database's diagnostic setting.
diagnostics("sql-audit-master", pulumi.interpolate`${sqlServer.id}/databases/master`, false);
// Microsoft Defender for SQL on the server: threat alerts to the subscription's admins.
new sql.ServerSecurityAlertPolicy("sql-defender", {
    resourceGroupName: rg.name,
    serverName: sqlServer.name,
    securityAlertPolicyName: "Default",
    state: "Enabled",
    emailAccountAdmins: true,
});
privateEndpoint("sql", sqlServer.id, "sqlServer", "privatelink.database.windows.net");

// The web app: HTTPS only with client certificates (its callers are the partner systems, each with a certificate),
// reached over a private endpoint only, managed identity, no FTP, VNet integration for outbound calls to the private
// endpoints.
const plan = new web.AppServicePlan("plan", {
    ...inGroup,
    name: `asp-shop-${env}`,
    kind: "linux",
    reserved: true,
    sku: { name: "P1v3", tier: "PremiumV3", capacity: 2 },
    zoneRedundant: true,
});
const app = new web.WebApp("app", {
    ...inGroup,
    name: `app-shop-${env}`,
    serverFarmId: plan.id,
    httpsOnly: true,
    identity: { type: "SystemAssigned" },
    virtualNetworkSubnetId: subnetId("app-integration"),
    outboundVnetRouting: { allTraffic: true },
    publicNetworkAccess: "Disabled",
    clientCertEnabled: true,
    clientCertMode: "Required",
    siteConfig: {
        linuxFxVersion: "NODE|22-lts",
        alwaysOn: true,
        ftpsState: "Disabled",
        minTlsVersion: "1.2",
        scmMinTlsVersion: "1.2",
        http20Enabled: true,
        remoteDebuggingEnabled: false,
        cors: { allowedOrigins: [`https://shop-${env}.example.com`] },
    },
});
// Settings as their own resource: they name resources created in this run, and keeping them out of siteConfig
// keeps siteConfig known at preview, so the policies on it decide before anything is created.
new web.WebAppApplicationSettings("app-settings", {
    resourceGroupName: rg.name,
    name: app.name,
    properties: {
        ORDERS_DB: pulumi.interpolate`Server=tcp:${sqlServer.name}.database.windows.net;Database=${database.name};Authentication=Active Directory Managed Identity`,
        EXPORT_CONTAINER: pulumi.interpolate`https://${account.name}.blob.core.windows.net/orders-export`,
        VAULT_URI: pulumi.interpolate`https://${vault.name}.vault.azure.net/`,
    },
});
// The app reads the vault's secrets and writes exports with its own identity: no keys, no connection strings.
new authorization.RoleAssignment("app-reads-secrets", {
    scope: vault.id,
    principalId: app.identity.apply((i) => i?.principalId ?? ""),
    principalType: "ServicePrincipal",
    roleDefinitionId: pulumi.interpolate`/subscriptions/${client.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/4633458b-17de-408a-b874-0445c86b69e6`,
});
new authorization.RoleAssignment("app-writes-exports", {
    scope: account.id,
    principalId: app.identity.apply((i) => i?.principalId ?? ""),
    principalType: "ServicePrincipal",
    roleDefinitionId: pulumi.interpolate`/subscriptions/${client.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/ba92f5b4-2d11-453d-a403-e96b0029c9fe`,
});
privateEndpoint("app", app.id, "sites", "privatelink.azurewebsites.net");
diagnostics("app", app.id);

// Virtual machines: no public IPs, SSH keys only, platform patching and assessment, trusted launch, encryption at host.
const secureVm = {
    encryptionAtHost: true,
    securityType: "TrustedLaunch",
    uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
};
const platformPatching = {
    patchMode: "AutomaticByPlatform",
    assessmentMode: "AutomaticByPlatform",
    automaticByPlatformSettings: { rebootSetting: "IfRequired" },
};

function nic(name: string): network.NetworkInterface {
    return new network.NetworkInterface(`${name}-nic`, {
        ...inGroup,
        networkInterfaceName: `nic-${name}-${env}`,
        ipConfigurations: [{ name: "ipconfig1", subnet: { id: subnetId("workloads") }, privateIPAllocationMethod: "Dynamic" }],
    });
}

const linuxVm = new compute.VirtualMachine("vm-linux", {
    ...inGroup,
    vmName: `vm-shop-worker-${env}`,
    hardwareProfile: { vmSize: "Standard_D2s_v5" },
    networkProfile: { networkInterfaces: [{ id: nic("vm-linux").id, primary: true }] },
    storageProfile: {
        imageReference: { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" },
        osDisk: { createOption: "FromImage", managedDisk: { storageAccountType: "Premium_ZRS" }, deleteOption: "Delete" },
    },
    securityProfile: secureVm,
    osProfile: {
        computerName: "shop-worker",
        adminUsername: "azureuser",
        linuxConfiguration: {
            disablePasswordAuthentication: true,
            provisionVMAgent: true,
            ssh: { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: sshPublicKey }] },
            patchSettings: platformPatching,
        },
    },
    identity: { type: "SystemAssigned" },
});

const windowsVm = new compute.VirtualMachine("vm-windows", {
    ...inGroup,
    vmName: `vm-shop-reports-${env}`,
    hardwareProfile: { vmSize: "Standard_D4s_v5" },
    networkProfile: { networkInterfaces: [{ id: nic("vm-windows").id, primary: true }] },
    storageProfile: {
        imageReference: { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2022-datacenter-azure-edition", version: "latest" },
        osDisk: { createOption: "FromImage", managedDisk: { storageAccountType: "Premium_ZRS" }, deleteOption: "Delete" },
    },
    securityProfile: secureVm,
    osProfile: {
        computerName: "shop-reports",
        adminUsername: "shopadmin",
        adminPassword: windowsAdminPassword,
        windowsConfiguration: {
            enableAutomaticUpdates: true,
            provisionVMAgent: true,
            patchSettings: { ...platformPatching, enableHotpatching: true },
        },
    },
    identity: { type: "SystemAssigned" },
}, { dependsOn: [windowsPasswordSecret] });

// Guest Attestation on both trusted launch VMs: Defender for Cloud attests their boot integrity.
for (const [name, vm, os] of [["vm-linux", linuxVm, "Linux"], ["vm-windows", windowsVm, "Windows"]] as const) {
    new compute.VirtualMachineExtension(`${name}-attestation`, {
        ...inGroup,
        vmName: vm.name,
        vmExtensionName: "GuestAttestation",
        publisher: `Microsoft.Azure.Security.${os}Attestation`,
        type: "GuestAttestation",
        typeHandlerVersion: "1.0",
        autoUpgradeMinorVersion: true,
    });
    // Guest Configuration: Azure Policy's in-guest audits, reported through the VM's system-assigned identity.
    new compute.VirtualMachineExtension(`${name}-guest-configuration`, {
        ...inGroup,
        vmName: vm.name,
        vmExtensionName: `AzurePolicyfor${os}`,
        publisher: "Microsoft.GuestConfiguration",
        type: os === "Linux" ? "ConfigurationForLinux" : "ConfigurationforWindows",
        typeHandlerVersion: os === "Linux" ? "1.26" : "1.29",
        autoUpgradeMinorVersion: true,
        enableAutomaticUpgrade: true,
    });
}

// Backup: both VMs protected daily in a Recovery Services vault.
const backupVault = new recoveryservices.Vault("backup-vault", {
    ...inGroup,
    vaultName: `rsv-shop-${env}`,
    sku: { name: "RS0", tier: "Standard" },
    properties: {
        publicNetworkAccess: "Disabled",
        securitySettings: { immutabilitySettings: { state: "Unlocked" }, softDeleteSettings: { softDeleteState: "AlwaysON" } },
    },
});
const dailyPolicy = new recoveryservices.ProtectionPolicy("daily", {
    resourceGroupName: rg.name,
    vaultName: backupVault.name,
    policyName: "daily-30d",
    properties: {
        backupManagementType: "AzureIaasVM",
        policyType: "V2",
        timeZone: "UTC",
        instantRpRetentionRangeInDays: 5,
        schedulePolicy: { schedulePolicyType: "SimpleSchedulePolicyV2", scheduleRunFrequency: "Daily", dailySchedule: { scheduleRunTimes: ["2024-01-01T02:00:00Z"] } },
        retentionPolicy: {
            retentionPolicyType: "LongTermRetentionPolicy",
            dailySchedule: { retentionTimes: ["2024-01-01T02:00:00Z"], retentionDuration: { count: 30, durationType: "Days" } },
        },
    },
});
for (const [name, vm, vmName] of [["vm-linux", linuxVm, `vm-shop-worker-${env}`], ["vm-windows", windowsVm, `vm-shop-reports-${env}`]] as const) {
    new recoveryservices.ProtectedItem(`${name}-backup`, {
        resourceGroupName: rg.name,
        vaultName: backupVault.name,
        fabricName: "Azure",
        containerName: pulumi.interpolate`iaasvmcontainer;iaasvmcontainerv2;${rg.name};${vmName}`,
        protectedItemName: pulumi.interpolate`vm;iaasvmcontainerv2;${rg.name};${vmName}`,
        properties: { protectedItemType: "Microsoft.Compute/virtualMachines", sourceResourceId: vm.id, policyId: dailyPolicy.id },
    });
}

// AKS: Entra ID with Azure RBAC and no local accounts, private API server, Cilium network policy, automatic
// upgrades, Azure Policy, Container insights into the app's workspace and Defender into the security team's.
const cluster = new containerservice.ManagedCluster("aks", {
    ...inGroup,
    resourceName: `aks-shop-${env}`,
    dnsPrefix: `aks-shop-${env}`,
    identity: { type: "SystemAssigned" },
    agentPoolProfiles: [{
        name: "system", mode: "System", count: 3, vmSize: "Standard_D4s_v5", osType: "Linux",
        vnetSubnetID: subnetId("aks"), availabilityZones: ["1", "2", "3"], enableEncryptionAtHost: true,
        // No SSH on the nodes: `kubectl debug node/...` when one must be inspected.
        securityProfile: { sshAccess: "Disabled" },
    }],
    disableLocalAccounts: true,
    enableRBAC: true,
    aadProfile: { managed: true, enableAzureRBAC: true, tenantID: client.tenantId },
    apiServerAccessProfile: { enablePrivateCluster: true },
    networkProfile: { networkPlugin: "azure", networkPluginMode: "overlay", networkPolicy: "cilium", networkDataplane: "cilium" },
    autoUpgradeProfile: { upgradeChannel: "patch", nodeOSUpgradeChannel: "NodeImage" },
    addonProfiles: {
        azurepolicy: { enabled: true },
        omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: logs.id } },
    },
    securityProfile: {
        defender: { logAnalyticsWorkspaceResourceId: securityWorkspaceId, securityMonitoring: { enabled: true } },
        imageCleaner: { enabled: true, intervalHours: 48 },
        workloadIdentity: { enabled: true },
    },
    oidcIssuerProfile: { enabled: true },
});
diagnostics("aks", cluster.id);

// NSG logs (rule counters and events) too.
diagnostics("nsg-vm", vmNsg.id, false);
diagnostics("nsg-app", appNsg.id, false);

export const appHostName = app.defaultHostName;
export const clusterName = cluster.name;
export const vaultUri = vault.properties.apply((p) => p.vaultUri);
