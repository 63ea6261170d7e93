/**
 * The built-in example data: two `pulumi stack export` files (deployment version 3) of the same small
 * application, an insecure and a secure twin, written from typed azure-native arguments so that every input
 * name is the SDK's own. `node dist/scripts/example-stacks.js` rewrites examples/stack-exports/; a test checks
 * the committed files match.
 */
import * as fs from "fs";
import * as path from "path";
import * as authorization from "@pulumi/azure-native/authorization";
import * as compute from "@pulumi/azure-native/compute";
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
import { packRoot } from "../lib/core/paths";

interface ResourceClass<TArgs> {
    new (name: string, args: TArgs, ...rest: any[]): unknown;
}

interface ExportedResource {
    urn: string;
    custom: boolean;
    type: string;
    inputs: Record<string, unknown>;
    parent?: string;
    dependencies: string[];
    propertyDependencies: Record<string, string[]>;
}

const subscription = "/subscriptions/00000000-0000-0000-0000-000000000000";
const group = "rg-app";
const rgId = `${subscription}/resourceGroups/${group}`;

class Stack {
    readonly resources: ExportedResource[] = [];
    private readonly stackUrn: string;

    constructor(private readonly stack: string) {
        this.stackUrn = `urn:pulumi:${stack}::shop::pulumi:pulumi:Stack::shop-${stack}`;
        this.resources.push({ urn: this.stackUrn, custom: false, type: "pulumi:pulumi:Stack", inputs: {}, dependencies: [], propertyDependencies: {} });
    }

    /** Adds a resource; `deps` names, per input, the resources that input was computed from. */
    add<TArgs>(cls: ResourceClass<TArgs>, name: string, args: TArgs, deps: Record<string, string[]> = {}): string {
        const type = (cls as unknown as { __pulumiType: string }).__pulumiType;
        const urn = `urn:pulumi:${this.stack}::shop::${type}::${name}`;
        const byName = (n: string) => {
            const r = this.resources.find((x) => x.urn.endsWith(`::${n}`));
            if (!r) {
                throw new Error(`${name} depends on ${n}, which is not declared before it`);
            }
            return r.urn;
        };
        const propertyDependencies = Object.fromEntries(Object.entries(deps).map(([k, ns]) => [k, ns.map(byName)]));
        this.resources.push({
            urn, custom: true, type, inputs: JSON.parse(JSON.stringify(args)), parent: this.stackUrn,
            dependencies: [...new Set(Object.values(propertyDependencies).flat())], propertyDependencies,
        });
        return urn;
    }

    toJSON(): unknown {
        return { version: 3, deployment: { manifest: { time: "2026-11-29T00:00:00Z", magic: "", version: "v3.276.0" }, resources: this.resources } };
    }
}

const id = (provider: string, name: string) => `${rgId}/providers/${provider}/${name}`;
/** The security team's identity that may use the SQL server's TDE key (another stack's). */
const sqlTdeIdentity = `${subscription}/resourceGroups/rg-security/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-sql-tde`;

function build(secure: boolean): Stack {
    const s = new Stack(secure ? "secure" : "insecure");
    const rg = { resourceGroupName: group, location: "westeurope" };
    s.add(resources.ResourceGroup, "rg", { resourceGroupName: group, location: "westeurope" });

    const workspace = id("Microsoft.OperationalInsights/workspaces", "law-shop");
    s.add(operationalinsights.Workspace, "logs", { ...rg, workspaceName: "law-shop", retentionInDays: secure ? 90 : undefined });

    // Network: two subnets, an NSG with a management rule, a NIC.
    const nsgId = id("Microsoft.Network/networkSecurityGroups", "nsg-app");
    s.add(network.NetworkSecurityGroup, "nsg", {
        ...rg, networkSecurityGroupName: "nsg-app",
        securityRules: [{
            name: "ssh", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp",
            sourceAddressPrefix: secure ? "10.10.0.0/16" : "Internet", sourcePortRange: "*",
            destinationAddressPrefix: "*", destinationPortRange: "22",
        }],
    });
    // In the secure twin, a DDoS protection plan covers the virtual network.
    const ddosPlanId = id("Microsoft.Network/ddosProtectionPlans", "ddos-shop");
    if (secure) {
        s.add(network.DdosProtectionPlan, "ddos-plan", { ...rg, ddosProtectionPlanName: "ddos-shop" });
    }
    s.add(network.VirtualNetwork, "vnet", {
        ...rg, virtualNetworkName: "vnet-app", addressSpace: { addressPrefixes: ["10.0.0.0/16"] },
        subnets: [
            { name: "app", addressPrefix: "10.0.1.0/24", networkSecurityGroup: { id: nsgId } },
            { name: "data", addressPrefix: "10.0.2.0/24", ...(secure ? { networkSecurityGroup: { id: nsgId } } : {}) },
        ],
        ...(secure ? { enableDdosProtection: true, ddosProtectionPlan: { id: ddosPlanId } } : {}),
    }, secure ? { subnets: ["nsg"], ddosProtectionPlan: ["ddos-plan"] } : { subnets: ["nsg"] });
    const subnetId = `${id("Microsoft.Network/virtualNetworks", "vnet-app")}/subnets/app`;
    s.add(network.NetworkInterface, "nic", {
        ...rg, networkInterfaceName: "nic-vm",
        ipConfigurations: [{ name: "ipconfig", subnet: { id: subnetId },
            ...(secure ? {} : { publicIPAddress: { id: id("Microsoft.Network/publicIPAddresses", "pip-vm") } }) }],
    }, { ipConfigurations: ["vnet"] });

    // A Linux VM.
    s.add(compute.VirtualMachine, "vm", {
        ...rg, vmName: "vm-app",
        hardwareProfile: { vmSize: "Standard_D2s_v5" },
        networkProfile: { networkInterfaces: [{ id: id("Microsoft.Network/networkInterfaces", "nic-vm") }] },
        storageProfile: { imageReference: { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" } },
        securityProfile: secure ? { encryptionAtHost: true, securityType: "TrustedLaunch", uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } } : undefined,
        identity: secure ? { type: "SystemAssigned" } : undefined,
        osProfile: {
            computerName: "vm-app", adminUsername: "azureuser",
            linuxConfiguration: secure ? {
                disablePasswordAuthentication: true,
                ssh: { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample" }] },
                patchSettings: { patchMode: "AutomaticByPlatform", assessmentMode: "AutomaticByPlatform" },
            } : { disablePasswordAuthentication: false },
        },
    }, { networkProfile: ["nic"] });
    if (secure) {
        s.add(compute.VirtualMachineExtension, "vm-attestation", {
            ...rg, vmName: "vm-app", vmExtensionName: "GuestAttestation", publisher: "Microsoft.Azure.Security.LinuxAttestation",
            type: "GuestAttestation", typeHandlerVersion: "1.0", autoUpgradeMinorVersion: true,
        }, { vmName: ["vm"] });
        s.add(compute.VirtualMachineExtension, "vm-guest-configuration", {
            ...rg, vmName: "vm-app", vmExtensionName: "AzurePolicyforLinux", publisher: "Microsoft.GuestConfiguration",
            type: "ConfigurationForLinux", typeHandlerVersion: "1.26", autoUpgradeMinorVersion: true,
        }, { vmName: ["vm"] });
        s.add(recoveryservices.Vault, "backup-vault", { ...rg, vaultName: "rsv-shop", sku: { name: "RS0", tier: "Standard" }, properties: {
            publicNetworkAccess: "Disabled",
            securitySettings: { immutabilitySettings: { state: "Unlocked" }, softDeleteSettings: { softDeleteState: "AlwaysON" } },
        } });
        s.add(recoveryservices.ProtectedItem, "vm-backup", {
            resourceGroupName: group, vaultName: "rsv-shop", fabricName: "Azure",
            containerName: "iaasvmcontainer;iaasvmcontainerv2;rg-app;vm-app", protectedItemName: "vm;iaasvmcontainerv2;rg-app;vm-app",
            properties: { protectedItemType: "Microsoft.Compute/virtualMachines", sourceResourceId: id("Microsoft.Compute/virtualMachines", "vm-app"),
                policyId: `${id("Microsoft.RecoveryServices/vaults", "rsv-shop")}/backupPolicies/DefaultPolicy` },
        }, { properties: ["vm", "backup-vault"] });
    }

    // Storage.
    s.add(storage.StorageAccount, "storage", {
        ...rg, accountName: "stshopdata", kind: "StorageV2", sku: { name: "Standard_ZRS" },
        ...(secure ? {
            minimumTlsVersion: "TLS1_2", allowSharedKeyAccess: false, allowBlobPublicAccess: false, publicNetworkAccess: "Disabled",
            networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices" },
            encryption: { keySource: "Microsoft.Storage", requireInfrastructureEncryption: true },
        } : { enableHttpsTrafficOnly: false, allowBlobPublicAccess: true, minimumTlsVersion: "TLS1_0" }),
    });
    s.add(storage.BlobServiceProperties, "blob-service", {
        resourceGroupName: group, accountName: "stshopdata", blobServicesName: "default",
        deleteRetentionPolicy: { enabled: secure, days: 14 },
        containerDeleteRetentionPolicy: { enabled: secure, days: 14 },
        ...(secure ? { isVersioningEnabled: true } : {}),
    }, { accountName: ["storage"] });
    if (secure) {
        // The account holds the orders: a delete lock keeps one mistaken delete from removing it.
        s.add(authorization.ManagementLockByScope, "storage-lock", {
            scope: id("Microsoft.Storage/storageAccounts", "stshopdata"), lockName: "do-not-delete", level: "CanNotDelete",
            notes: "Holds the shop's orders.",
        }, { scope: ["storage"] });
    }

    // Key Vault.
    s.add(keyvault.Vault, "vault", {
        ...rg, vaultName: "kv-shop",
        properties: {
            tenantId: "11111111-1111-1111-1111-111111111111", sku: { family: "A", name: "standard" },
            ...(secure ? {
                enableRbacAuthorization: true, enablePurgeProtection: true, publicNetworkAccess: "Disabled",
                networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
            } : {}),
        },
    });

    // SQL.
    s.add(sql.Server, "sql", {
        ...rg, serverName: "sql-shop",
        ...(secure ? {
            minimalTlsVersion: "1.2", publicNetworkAccess: "Disabled",
            administrators: { administratorType: "ActiveDirectory", azureADOnlyAuthentication: true, login: "sql-admins", sid: "22222222-2222-2222-2222-222222222222" },
            identity: { type: "UserAssigned", userAssignedIdentities: [sqlTdeIdentity] }, primaryUserAssignedIdentityId: sqlTdeIdentity,
            keyId: "https://kv-security-keys.vault.azure.net/keys/sql-tde",
        } : { administratorLogin: "sqladmin", minimalTlsVersion: "1.1" }),
    });
    if (!secure) {
        // A firewall rule added while debugging from home: every IPv4 address.
        s.add(sql.FirewallRule, "allow-all", {
            resourceGroupName: group, serverName: "sql-shop", firewallRuleName: "debug-from-home",
            startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255",
        }, { serverName: ["sql"] });
    }
    s.add(sql.Database, "db", { ...rg, serverName: "sql-shop", databaseName: "orders" }, { serverName: ["sql"] });
    s.add(sql.TransparentDataEncryption, "db-tde", {
        resourceGroupName: group, serverName: "sql-shop", databaseName: "orders", tdeName: "current", state: secure ? "Enabled" : "Disabled",
    }, { serverName: ["sql"], databaseName: ["db"] });
    if (secure) {
        s.add(sql.ServerBlobAuditingPolicy, "sql-audit", {
            resourceGroupName: group, serverName: "sql-shop", blobAuditingPolicyName: "default", state: "Enabled", isAzureMonitorTargetEnabled: true,
        }, { serverName: ["sql"] });
        s.add(sql.ServerSecurityAlertPolicy, "sql-defender", {
            resourceGroupName: group, serverName: "sql-shop", securityAlertPolicyName: "Default", state: "Enabled", emailAccountAdmins: true,
        }, { serverName: ["sql"] });
    }

    // App Service.
    s.add(web.WebApp, "app", {
        ...rg, name: "app-shop", serverFarmId: id("Microsoft.Web/serverfarms", "plan-shop"),
        ...(secure ? {
            httpsOnly: true, identity: { type: "SystemAssigned" }, publicNetworkAccess: "Disabled",
            clientCertEnabled: true, clientCertMode: "Required",
            siteConfig: { ftpsState: "Disabled", minTlsVersion: "1.2", http20Enabled: true },
        } : { siteConfig: { remoteDebuggingEnabled: true, cors: { allowedOrigins: ["*"] } } }),
    });

    // AKS.
    s.add(containerservice.ManagedCluster, "aks", {
        ...rg, resourceName: "aks-shop", dnsPrefix: "aks-shop",
        agentPoolProfiles: [{
            name: "system", mode: "System", count: 3, vmSize: "Standard_D4s_v5",
            ...(secure ? { enableEncryptionAtHost: true, securityProfile: { sshAccess: "Disabled" } } : {}),
        }],
        identity: { type: "SystemAssigned" },
        ...(secure ? {
            disableLocalAccounts: true,
            aadProfile: { managed: true, enableAzureRBAC: true },
            apiServerAccessProfile: { enablePrivateCluster: true },
            networkProfile: { networkPlugin: "azure", networkPolicy: "cilium", networkDataplane: "cilium" },
            autoUpgradeProfile: { upgradeChannel: "patch", nodeOSUpgradeChannel: "NodeImage" },
            addonProfiles: {
                azurepolicy: { enabled: true },
                omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: workspace } },
            },
            securityProfile: { defender: { logAnalyticsWorkspaceResourceId: workspace, securityMonitoring: { enabled: true } }, imageCleaner: { enabled: true, intervalHours: 48 } },
        } : { enableRBAC: false }),
    });

    // Diagnostic settings: in the secure twin every logged resource has one.
    if (secure) {
        const targets: [string, string, string][] = [
            ["vault", id("Microsoft.KeyVault/vaults", "kv-shop"), "diag-vault"],
            ["blob-service", `${id("Microsoft.Storage/storageAccounts", "stshopdata")}/blobServices/default`, "diag-blob"],
            ["aks", id("Microsoft.ContainerService/managedClusters", "aks-shop"), "diag-aks"],
            ["app", id("Microsoft.Web/sites", "app-shop"), "diag-app"],
            ["nsg", nsgId, "diag-nsg"],
        ];
        for (const [target, uri, name] of targets) {
            s.add(monitor.DiagnosticSetting, name, {
                name, resourceUri: uri, workspaceId: workspace, logs: [{ categoryGroup: "allLogs", enabled: true }],
            }, { resourceUri: [target], workspaceId: ["logs"] });
        }
        // Private endpoints in the data subnet: the storage account's blobs, the vault, the SQL server and the web app.
        const endpoints: [string, string, string][] = [
            ["storage", id("Microsoft.Storage/storageAccounts", "stshopdata"), "blob"],
            ["vault", id("Microsoft.KeyVault/vaults", "kv-shop"), "vault"],
            ["sql", id("Microsoft.Sql/servers", "sql-shop"), "sqlServer"],
            ["app", id("Microsoft.Web/sites", "app-shop"), "sites"],
        ];
        for (const [target, privateLinkServiceId, groupId] of endpoints) {
            s.add(network.PrivateEndpoint, `${target}-pe`, {
                ...rg, privateEndpointName: `pe-shop-${target}`,
                subnet: { id: `${id("Microsoft.Network/virtualNetworks", "vnet-app")}/subnets/data` },
                privateLinkServiceConnections: [{ name: target, privateLinkServiceId, groupIds: [groupId] }],
            }, { subnet: ["vnet"], privateLinkServiceConnections: [target] });
        }
    }
    return s;
}

export function exampleStacks(): Record<"insecure" | "secure", unknown> {
    return { insecure: build(false).toJSON(), secure: build(true).toJSON() };
}

export const exampleDir = path.join(packRoot, "examples", "stack-exports");

if (require.main === module) {
    for (const [name, doc] of Object.entries(exampleStacks())) {
        fs.writeFileSync(path.join(exampleDir, `${name}.json`), JSON.stringify(doc, null, 2) + "\n");
    }
    console.log(`wrote ${exampleDir}/{insecure,secure}.json`);
}
