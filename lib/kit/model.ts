/**
 * The shared responsibility model as data: Microsoft's responsibility matrix, the pack's seven customer areas
 * mapped onto its rows, and the catalog of every azure-native resource type the pack touches with its service
 * model. Severity, enforcement, the docs and the coverage report are all derived from this module; nothing here
 * is repeated anywhere else.
 *
 * Matrix source: "Shared responsibility in the cloud", Microsoft Learn (azure/security/fundamentals/shared-responsibility).
 */
import type * as apimanagement from "@pulumi/azure-native/apimanagement";
import type * as app from "@pulumi/azure-native/app";
import type * as appconfiguration from "@pulumi/azure-native/appconfiguration";
import type * as applicationinsights from "@pulumi/azure-native/applicationinsights";
import type * as appplatform from "@pulumi/azure-native/appplatform";
import type * as authorization from "@pulumi/azure-native/authorization";
import type * as automation from "@pulumi/azure-native/automation";
import type * as batch from "@pulumi/azure-native/batch";
import type * as cache from "@pulumi/azure-native/redis";
import type * as cdn from "@pulumi/azure-native/cdn";
import type * as cognitiveservices from "@pulumi/azure-native/cognitiveservices";
import type * as compute from "@pulumi/azure-native/compute";
import type * as containerinstance from "@pulumi/azure-native/containerinstance";
import type * as containerregistry from "@pulumi/azure-native/containerregistry";
import type * as containerservice from "@pulumi/azure-native/containerservice";
import type * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import type * as databricks from "@pulumi/azure-native/databricks";
import type * as datafactory from "@pulumi/azure-native/datafactory";
import type * as dataprotection from "@pulumi/azure-native/dataprotection";
import type * as dbformysql from "@pulumi/azure-native/dbformysql";
import type * as dbforpostgresql from "@pulumi/azure-native/dbforpostgresql";
import type * as eventgrid from "@pulumi/azure-native/eventgrid";
import type * as eventhub from "@pulumi/azure-native/eventhub";
import type * as frontdoor from "@pulumi/azure-native/frontdoor";
import type * as hybridcompute from "@pulumi/azure-native/hybridcompute";
import type * as iothub from "@pulumi/azure-native/iothub";
import type * as keyvault from "@pulumi/azure-native/keyvault";
import type * as kubernetes from "@pulumi/azure-native/kubernetes";
import type * as kubernetesconfiguration from "@pulumi/azure-native/kubernetesconfiguration";
import type * as logic from "@pulumi/azure-native/logic";
import type * as machinelearningservices from "@pulumi/azure-native/machinelearningservices";
import type * as managedidentity from "@pulumi/azure-native/managedidentity";
import type * as monitor from "@pulumi/azure-native/monitor";
import type * as network from "@pulumi/azure-native/network";
import type * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import type * as privatedns from "@pulumi/azure-native/privatedns";
import type * as recoveryservices from "@pulumi/azure-native/recoveryservices";
import type * as resources from "@pulumi/azure-native/resources";
import type * as saas from "@pulumi/azure-native/saas";
import type * as search from "@pulumi/azure-native/search";
import type * as security from "@pulumi/azure-native/security";
import type * as servicebus from "@pulumi/azure-native/servicebus";
import type * as signalrservice from "@pulumi/azure-native/signalrservice";
import type * as sql from "@pulumi/azure-native/sql";
import type * as storage from "@pulumi/azure-native/storage";
import type * as streamanalytics from "@pulumi/azure-native/streamanalytics";
import type * as synapse from "@pulumi/azure-native/synapse";
import type * as virtualmachineimages from "@pulumi/azure-native/virtualmachineimages";
import type * as web from "@pulumi/azure-native/web";
import type * as webpubsub from "@pulumi/azure-native/webpubsub";
import type { Unwrap } from "@pulumi/pulumi";
import { tokenAliases } from "./token-aliases";

/** The framework every policy names controls of. */
export const mcsb = {
    name: "Microsoft cloud security benchmark",
    version: "v1",
    url: "https://learn.microsoft.com/security/benchmark/azure/overview",
};

export const serviceModels = ["IaaS", "PaaS", "SaaS"] as const;
export type ServiceModel = (typeof serviceModels)[number];

export const owners = ["customer", "shared", "microsoft"] as const;
export type Owner = (typeof owners)[number];

/** The rows of Microsoft's matrix, top (always the customer's) to bottom (always Microsoft's). */
export const responsibilities = {
    "information-and-data": { title: "Information and data", SaaS: "customer", PaaS: "customer", IaaS: "customer" },
    "devices": { title: "Devices (mobile and PCs)", SaaS: "customer", PaaS: "customer", IaaS: "customer" },
    "accounts-and-identities": { title: "Accounts and identities", SaaS: "customer", PaaS: "customer", IaaS: "customer" },
    "identity-and-directory-infrastructure": {
        title: "Identity and directory infrastructure", SaaS: "shared", PaaS: "shared", IaaS: "customer",
    },
    "applications": { title: "Applications", SaaS: "microsoft", PaaS: "shared", IaaS: "customer" },
    "network-controls": { title: "Network controls", SaaS: "microsoft", PaaS: "shared", IaaS: "customer" },
    "operating-system": { title: "Operating system", SaaS: "microsoft", PaaS: "microsoft", IaaS: "customer" },
    "physical-infrastructure": {
        title: "Physical hosts, network and datacenter", SaaS: "microsoft", PaaS: "microsoft", IaaS: "microsoft",
    },
} as const satisfies Record<string, { title: string } & Record<ServiceModel, Owner>>;
export type Responsibility = keyof typeof responsibilities;

/**
 * The seven areas a customer secures, each mapped onto the matrix row that decides who owns it. Monitoring and
 * compliance have no row of their own in Microsoft's matrix: logs, audit trails, residency and tagging are the
 * customer's information, so they sit on "information and data", which is the customer's in every model.
 */
export const areas = {
    "identity-and-access": { title: "Identity and access management", responsibility: "accounts-and-identities" },
    "data-protection": { title: "Data protection", responsibility: "information-and-data" },
    "operating-system": { title: "Operating system", responsibility: "operating-system" },
    "applications": { title: "Applications", responsibility: "applications" },
    "networking": { title: "Networking", responsibility: "network-controls" },
    "monitoring-and-logging": { title: "Monitoring and logging", responsibility: "information-and-data" },
    "compliance": { title: "Compliance", responsibility: "information-and-data" },
} as const satisfies Record<string, { title: string; responsibility: Responsibility }>;
export type Area = keyof typeof areas;

/**
 * One resource type in the catalog. `TArgs` is the azure-native `*Args` interface of its class: a phantom type
 * (erased at run time) that lets a policy's check read the resource's inputs with the SDK's own names.
 */
export interface ResourceType<TArgs = unknown> {
    /** The default (unversioned) type token, e.g. `azure-native:storage:StorageAccount`. */
    readonly token: string;
    readonly serviceModel: ServiceModel;
    /** The service, as the docs group policies: "Storage", "Key Vault", ... */
    readonly service: string;
    /** The ARM resource type, used to recognise a known resource id (`.../providers/<arm>/<name>`). */
    readonly arm?: string;
    /** The input that carries the resource's Azure name (e.g. `accountName`). */
    readonly nameInput?: string;
    /**
     * For a child resource, the inputs naming its parents, outermost first, one per segment of `arm` after the
     * first (`serverName` for `Microsoft.Sql/servers/auditingSettings`). For an extension resource, the input
     * holding the id of the resource it extends (`resourceUri`). Azure returns neither, but both are in the
     * resource's `id`, which is what stack policies read when they see outputs (lib/kit/stack.ts).
     */
    readonly parentInputs?: readonly string[];
    readonly scopeInput?: string;
    /**
     * Cells of the matrix that differ for this service, with the reason. AKS is PaaS, but its nodes' operating
     * system is patched by the customer's choice of upgrade channel, so that row is shared.
     */
    readonly overrides?: Partial<Record<Responsibility, { owner: Owner; why: string }>>;
    /**
     * Why no policy checks this type's own security, where none can: its inputs hold no security setting, and what
     * secures it lives on other resources (which are checked). `azure-srm coverage` lists such types apart, with
     * this reason, from types that merely lack a check.
     */
    readonly noSecurityCheck?: string;
    /** @internal carries TArgs; never set. */
    readonly __args?: TArgs;
}

function type<TArgs>(
    token: string, serviceModel: ServiceModel, service: string,
    more: Omit<ResourceType, "token" | "serviceModel" | "service" | "__args"> = {},
): ResourceType<TArgs> {
    return { token, serviceModel, service, ...more };
}

/** Every azure-native resource type the pack touches. Policies name types through this object only. */
export const catalog = {
    // IaaS: the customer owns the operating system and the network controls.
    virtualMachine: type<compute.VirtualMachineArgs>("azure-native:compute:VirtualMachine", "IaaS", "Virtual Machines",
        { arm: "Microsoft.Compute/virtualMachines", nameInput: "vmName" }),
    virtualMachineScaleSet: type<compute.VirtualMachineScaleSetArgs>("azure-native:compute:VirtualMachineScaleSet", "IaaS",
        "Virtual Machine Scale Sets", { arm: "Microsoft.Compute/virtualMachineScaleSets", nameInput: "vmScaleSetName" }),
    virtualMachineExtension: type<compute.VirtualMachineExtensionArgs>("azure-native:compute:VirtualMachineExtension", "IaaS",
        "Virtual Machines", { arm: "Microsoft.Compute/virtualMachines/extensions", nameInput: "vmExtensionName", parentInputs: ["vmName"] }),
    virtualMachineScaleSetExtension: type<compute.VirtualMachineScaleSetExtensionArgs>(
        "azure-native:compute:VirtualMachineScaleSetExtension", "IaaS", "Virtual Machine Scale Sets",
        { arm: "Microsoft.Compute/virtualMachineScaleSets/extensions", nameInput: "vmssExtensionName", parentInputs: ["vmScaleSetName"] }),
    disk: type<compute.DiskArgs>("azure-native:compute:Disk", "IaaS", "Managed Disks",
        { arm: "Microsoft.Compute/disks", nameInput: "diskName" }),
    virtualNetwork: type<network.VirtualNetworkArgs>("azure-native:network:VirtualNetwork", "IaaS", "Virtual Network",
        { arm: "Microsoft.Network/virtualNetworks", nameInput: "virtualNetworkName" }),
    subnet: type<network.SubnetArgs>("azure-native:network:Subnet", "IaaS", "Virtual Network",
        { arm: "Microsoft.Network/virtualNetworks/subnets", nameInput: "subnetName", parentInputs: ["virtualNetworkName"] }),
    networkSecurityGroup: type<network.NetworkSecurityGroupArgs>("azure-native:network:NetworkSecurityGroup", "IaaS",
        "Network Security Groups", { arm: "Microsoft.Network/networkSecurityGroups", nameInput: "networkSecurityGroupName" }),
    securityRule: type<network.SecurityRuleArgs>("azure-native:network:SecurityRule", "IaaS", "Network Security Groups",
        { arm: "Microsoft.Network/networkSecurityGroups/securityRules", nameInput: "securityRuleName",
            parentInputs: ["networkSecurityGroupName"] }),
    publicIPAddress: type<network.PublicIPAddressArgs>("azure-native:network:PublicIPAddress", "IaaS", "Public IP",
        { arm: "Microsoft.Network/publicIPAddresses", nameInput: "publicIpAddressName" }),
    networkInterface: type<network.NetworkInterfaceArgs>("azure-native:network:NetworkInterface", "IaaS",
        "Network Interfaces", { arm: "Microsoft.Network/networkInterfaces", nameInput: "networkInterfaceName" }),
    loadBalancer: type<network.LoadBalancerArgs>("azure-native:network:LoadBalancer", "IaaS", "Load Balancer",
        { arm: "Microsoft.Network/loadBalancers", nameInput: "loadBalancerName" }),
    azureFirewall: type<network.AzureFirewallArgs>("azure-native:network:AzureFirewall", "IaaS", "Azure Firewall",
        { arm: "Microsoft.Network/azureFirewalls", nameInput: "azureFirewallName" }),
    flowLog: type<network.FlowLogArgs>("azure-native:network:FlowLog", "IaaS", "Network Watcher",
        { arm: "Microsoft.Network/networkWatchers/flowLogs", nameInput: "flowLogName", parentInputs: ["networkWatcherName"] }),
    applicationGateway: type<network.ApplicationGatewayArgs>("azure-native:network:ApplicationGateway", "IaaS",
        "Application Gateway", { arm: "Microsoft.Network/applicationGateways", nameInput: "applicationGatewayName" }),
    virtualNetworkGateway: type<network.VirtualNetworkGatewayArgs>("azure-native:network:VirtualNetworkGateway", "IaaS",
        "VPN Gateway", { arm: "Microsoft.Network/virtualNetworkGateways", nameInput: "virtualNetworkGatewayName" }),
    privateEndpoint: type<network.PrivateEndpointArgs>("azure-native:network:PrivateEndpoint", "IaaS", "Private Link",
        { arm: "Microsoft.Network/privateEndpoints", nameInput: "privateEndpointName" }),

    snapshot: type<compute.SnapshotArgs>("azure-native:compute:Snapshot", "IaaS", "Managed Disks",
        { arm: "Microsoft.Compute/snapshots", nameInput: "snapshotName" }),
    diskEncryptionSet: type<compute.DiskEncryptionSetArgs>("azure-native:compute:DiskEncryptionSet", "IaaS", "Managed Disks",
        { arm: "Microsoft.Compute/diskEncryptionSets", nameInput: "diskEncryptionSetName" }),
    virtualNetworkPeering: type<network.VirtualNetworkPeeringArgs>("azure-native:network:VirtualNetworkPeering", "IaaS",
        "Virtual Network", { arm: "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", nameInput: "virtualNetworkPeeringName",
            parentInputs: ["virtualNetworkName"] }),
    routeTable: type<network.RouteTableArgs>("azure-native:network:RouteTable", "IaaS", "Virtual Network",
        { arm: "Microsoft.Network/routeTables", nameInput: "routeTableName" }),
    route: type<network.RouteArgs>("azure-native:network:Route", "IaaS", "Virtual Network",
        { arm: "Microsoft.Network/routeTables/routes", nameInput: "routeName", parentInputs: ["routeTableName"] }),
    natGateway: type<network.NatGatewayArgs>("azure-native:network:NatGateway", "IaaS", "NAT Gateway",
        { arm: "Microsoft.Network/natGateways", nameInput: "natGatewayName" }),
    ddosProtectionPlan: type<network.DdosProtectionPlanArgs>("azure-native:network:DdosProtectionPlan", "IaaS",
        "DDoS Protection", { arm: "Microsoft.Network/ddosProtectionPlans", nameInput: "ddosProtectionPlanName" }),
    bastionHost: type<network.BastionHostArgs>("azure-native:network:BastionHost", "IaaS", "Azure Bastion",
        { arm: "Microsoft.Network/bastionHosts", nameInput: "bastionHostName" }),
    expressRouteGateway: type<network.ExpressRouteGatewayArgs>("azure-native:network:ExpressRouteGateway", "IaaS",
        "ExpressRoute", { arm: "Microsoft.Network/expressRouteGateways", nameInput: "expressRouteGatewayName" }),
    firewallPolicy: type<network.FirewallPolicyArgs>("azure-native:network:FirewallPolicy", "IaaS", "Azure Firewall",
        { arm: "Microsoft.Network/firewallPolicies", nameInput: "firewallPolicyName" }),
    webApplicationFirewallPolicy: type<network.WebApplicationFirewallPolicyArgs>(
        "azure-native:network:WebApplicationFirewallPolicy", "IaaS", "Application Gateway",
        { arm: "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies", nameInput: "policyName" }),
    privateDnsZone: type<privatedns.PrivateZoneArgs>("azure-native:privatedns:PrivateZone", "IaaS", "Private DNS",
        { arm: "Microsoft.Network/privateDnsZones", nameInput: "privateZoneName" }),
    privateDnsZoneLink: type<privatedns.VirtualNetworkLinkArgs>("azure-native:privatedns:VirtualNetworkLink", "IaaS", "Private DNS",
        { arm: "Microsoft.Network/privateDnsZones/virtualNetworkLinks", nameInput: "virtualNetworkLinkName",
            parentInputs: ["privateZoneName"] }),
    arcMachine: type<hybridcompute.MachineArgs>("azure-native:hybridcompute:Machine", "IaaS", "Azure Arc",
        { arm: "Microsoft.HybridCompute/machines", nameInput: "machineName" }),
    arcKubernetesCluster: type<kubernetes.ConnectedClusterArgs>("azure-native:kubernetes:ConnectedCluster", "IaaS",
        "Azure Arc", { arm: "Microsoft.Kubernetes/connectedClusters", nameInput: "clusterName" }),
    kubernetesExtension: type<kubernetesconfiguration.ExtensionArgs>("azure-native:kubernetesconfiguration:Extension",
        "IaaS", "Kubernetes cluster extensions", { arm: "Microsoft.KubernetesConfiguration/extensions", nameInput: "extensionName" }),

    // PaaS: network controls, applications and identity infrastructure are shared; the OS is Microsoft's.
    storageAccount: type<storage.StorageAccountArgs>("azure-native:storage:StorageAccount", "PaaS", "Storage",
        { arm: "Microsoft.Storage/storageAccounts", nameInput: "accountName" }),
    blobServiceProperties: type<storage.BlobServicePropertiesArgs>("azure-native:storage:BlobServiceProperties", "PaaS",
        "Storage", { arm: "Microsoft.Storage/storageAccounts/blobServices", nameInput: "blobServicesName", parentInputs: ["accountName"] }),
    sqlServer: type<sql.ServerArgs>("azure-native:sql:Server", "PaaS", "SQL Database",
        { arm: "Microsoft.Sql/servers", nameInput: "serverName" }),
    sqlDatabase: type<sql.DatabaseArgs>("azure-native:sql:Database", "PaaS", "SQL Database",
        { arm: "Microsoft.Sql/servers/databases", nameInput: "databaseName", parentInputs: ["serverName"] }),
    sqlTransparentDataEncryption: type<sql.TransparentDataEncryptionArgs>("azure-native:sql:TransparentDataEncryption",
        "PaaS", "SQL Database", { arm: "Microsoft.Sql/servers/databases/transparentDataEncryption", nameInput: "tdeName",
            parentInputs: ["serverName", "databaseName"] }),
    sqlServerBlobAuditingPolicy: type<sql.ServerBlobAuditingPolicyArgs>("azure-native:sql:ServerBlobAuditingPolicy",
        "PaaS", "SQL Database", { arm: "Microsoft.Sql/servers/auditingSettings", nameInput: "blobAuditingPolicyName",
            parentInputs: ["serverName"] }),
    sqlExtendedServerBlobAuditingPolicy: type<sql.ExtendedServerBlobAuditingPolicyArgs>(
        "azure-native:sql:ExtendedServerBlobAuditingPolicy", "PaaS", "SQL Database",
        { arm: "Microsoft.Sql/servers/extendedAuditingSettings", nameInput: "blobAuditingPolicyName", parentInputs: ["serverName"] }),
    sqlServerAzureADOnlyAuthentication: type<sql.ServerAzureADOnlyAuthenticationArgs>(
        "azure-native:sql:ServerAzureADOnlyAuthentication", "PaaS", "SQL Database",
        { arm: "Microsoft.Sql/servers/azureADOnlyAuthentications", nameInput: "authenticationName", parentInputs: ["serverName"] }),
    sqlEncryptionProtector: type<sql.EncryptionProtectorArgs>("azure-native:sql:EncryptionProtector", "PaaS",
        "SQL Database", { arm: "Microsoft.Sql/servers/encryptionProtector", nameInput: "encryptionProtectorName",
            parentInputs: ["serverName"] }),
    sqlServerSecurityAlertPolicy: type<sql.ServerSecurityAlertPolicyArgs>("azure-native:sql:ServerSecurityAlertPolicy",
        "PaaS", "SQL Database", { arm: "Microsoft.Sql/servers/securityAlertPolicies", nameInput: "securityAlertPolicyName",
            parentInputs: ["serverName"] }),
    sqlManagedInstance: type<sql.ManagedInstanceArgs>("azure-native:sql:ManagedInstance", "PaaS", "SQL Managed Instance",
        { arm: "Microsoft.Sql/managedInstances", nameInput: "managedInstanceName" }),
    sqlManagedInstanceAzureADOnlyAuthentication: type<sql.ManagedInstanceAzureADOnlyAuthenticationArgs>(
        "azure-native:sql:ManagedInstanceAzureADOnlyAuthentication", "PaaS", "SQL Managed Instance",
        { arm: "Microsoft.Sql/managedInstances/azureADOnlyAuthentications", nameInput: "authenticationName",
            parentInputs: ["managedInstanceName"] }),
    sqlManagedInstanceVulnerabilityAssessment: type<sql.ManagedInstanceVulnerabilityAssessmentArgs>(
        "azure-native:sql:ManagedInstanceVulnerabilityAssessment", "PaaS", "SQL Managed Instance",
        { arm: "Microsoft.Sql/managedInstances/vulnerabilityAssessments", nameInput: "vulnerabilityAssessmentName",
            parentInputs: ["managedInstanceName"] }),
    webApp: type<web.WebAppArgs>("azure-native:web:WebApp", "PaaS", "App Service",
        { arm: "Microsoft.Web/sites", nameInput: "name" }),
    webAppSlot: type<web.WebAppSlotArgs>("azure-native:web:WebAppSlot", "PaaS", "App Service",
        { arm: "Microsoft.Web/sites/slots", nameInput: "slot", parentInputs: ["name"] }),
    keyVault: type<keyvault.VaultArgs>("azure-native:keyvault:Vault", "PaaS", "Key Vault",
        { arm: "Microsoft.KeyVault/vaults", nameInput: "vaultName" }),
    keyVaultSecret: type<keyvault.SecretArgs>("azure-native:keyvault:Secret", "PaaS", "Key Vault",
        { arm: "Microsoft.KeyVault/vaults/secrets", nameInput: "secretName", parentInputs: ["vaultName"] }),
    keyVaultKey: type<keyvault.KeyArgs>("azure-native:keyvault:Key", "PaaS", "Key Vault",
        { arm: "Microsoft.KeyVault/vaults/keys", nameInput: "keyName", parentInputs: ["vaultName"] }),
    cosmosDbAccount: type<cosmosdb.DatabaseAccountArgs>("azure-native:cosmosdb:DatabaseAccount", "PaaS", "Cosmos DB",
        { arm: "Microsoft.DocumentDB/databaseAccounts", nameInput: "accountName" }),
    managedCluster: type<containerservice.ManagedClusterArgs>("azure-native:containerservice:ManagedCluster", "PaaS",
        "Kubernetes Service (AKS)", {
            arm: "Microsoft.ContainerService/managedClusters", nameInput: "resourceName",
            overrides: {
                "operating-system": {
                    owner: "shared",
                    why: "AKS nodes are VMs: Azure ships patched node images, the customer chooses how and when they are applied",
                },
            },
        }),
    containerRegistry: type<containerregistry.RegistryArgs>("azure-native:containerregistry:Registry", "PaaS",
        "Container Registry", { arm: "Microsoft.ContainerRegistry/registries", nameInput: "registryName" }),
    redis: type<cache.RedisArgs>("azure-native:redis:Redis", "PaaS", "Azure Cache for Redis",
        { arm: "Microsoft.Cache/redis", nameInput: "name" }),
    postgresqlFlexibleServer: type<dbforpostgresql.ServerArgs>("azure-native:dbforpostgresql:Server", "PaaS",
        "PostgreSQL flexible server", { arm: "Microsoft.DBforPostgreSQL/flexibleServers", nameInput: "serverName" }),
    mysqlFlexibleServer: type<dbformysql.ServerArgs>("azure-native:dbformysql:Server", "PaaS", "MySQL flexible server",
        { arm: "Microsoft.DBforMySQL/flexibleServers", nameInput: "serverName" }),
    mysqlFlexibleServerConfiguration: type<dbformysql.ConfigurationArgs>("azure-native:dbformysql:Configuration", "PaaS",
        "MySQL flexible server", { arm: "Microsoft.DBforMySQL/flexibleServers/configurations", nameInput: "configurationName",
            parentInputs: ["serverName"] }),
    apiManagementService: type<apimanagement.ApiManagementServiceArgs>(
        "azure-native:apimanagement:ApiManagementService", "PaaS", "API Management",
        { arm: "Microsoft.ApiManagement/service", nameInput: "serviceName" }),
    apiManagementApi: type<apimanagement.ApiArgs>("azure-native:apimanagement:Api", "PaaS", "API Management",
        { arm: "Microsoft.ApiManagement/service/apis", nameInput: "apiId", parentInputs: ["serviceName"] }),
    apiManagementBackend: type<apimanagement.BackendArgs>("azure-native:apimanagement:Backend", "PaaS", "API Management",
        { arm: "Microsoft.ApiManagement/service/backends", nameInput: "backendId", parentInputs: ["serviceName"] }),
    apiManagementSubscription: type<apimanagement.SubscriptionArgs>("azure-native:apimanagement:Subscription", "PaaS",
        "API Management", { arm: "Microsoft.ApiManagement/service/subscriptions", nameInput: "sid", parentInputs: ["serviceName"] }),
    apiManagementNamedValue: type<apimanagement.NamedValueArgs>("azure-native:apimanagement:NamedValue", "PaaS",
        "API Management", { arm: "Microsoft.ApiManagement/service/namedValues", nameInput: "namedValueId", parentInputs: ["serviceName"] }),
    frontDoor: type<frontdoor.FrontDoorArgs>("azure-native:frontdoor:FrontDoor", "PaaS", "Front Door (classic)",
        { arm: "Microsoft.Network/frontDoors", nameInput: "frontDoorName" }),
    eventHubNamespace: type<eventhub.NamespaceArgs>("azure-native:eventhub:Namespace", "PaaS", "Event Hubs",
        { arm: "Microsoft.EventHub/namespaces", nameInput: "namespaceName" }),
    serviceBusNamespace: type<servicebus.NamespaceArgs>("azure-native:servicebus:Namespace", "PaaS", "Service Bus",
        { arm: "Microsoft.ServiceBus/namespaces", nameInput: "namespaceName" }),
    cognitiveServicesAccount: type<cognitiveservices.AccountArgs>("azure-native:cognitiveservices:Account", "PaaS",
        "AI services", { arm: "Microsoft.CognitiveServices/accounts", nameInput: "accountName" }),
    containerApp: type<app.ContainerAppArgs>("azure-native:app:ContainerApp", "PaaS", "Container Apps",
        { arm: "Microsoft.App/containerApps", nameInput: "containerAppName" }),
    appConfigurationStore: type<appconfiguration.ConfigurationStoreArgs>("azure-native:appconfiguration:ConfigurationStore",
        "PaaS", "App Configuration", { arm: "Microsoft.AppConfiguration/configurationStores", nameInput: "configStoreName" }),
    eventGridDomain: type<eventgrid.DomainArgs>("azure-native:eventgrid:Domain", "PaaS", "Event Grid",
        { arm: "Microsoft.EventGrid/domains", nameInput: "domainName" }),
    eventGridTopic: type<eventgrid.TopicArgs>("azure-native:eventgrid:Topic", "PaaS", "Event Grid",
        { arm: "Microsoft.EventGrid/topics", nameInput: "topicName" }),
    signalR: type<signalrservice.SignalRArgs>("azure-native:signalrservice:SignalR", "PaaS", "SignalR Service",
        { arm: "Microsoft.SignalRService/signalR", nameInput: "resourceName" }),
    machineLearningWorkspace: type<machinelearningservices.WorkspaceArgs>(
        "azure-native:machinelearningservices:Workspace", "PaaS", "Machine Learning",
        { arm: "Microsoft.MachineLearningServices/workspaces", nameInput: "workspaceName" }),
    machineLearningCompute: type<machinelearningservices.ComputeArgs>(
        "azure-native:machinelearningservices:Compute", "PaaS", "Machine Learning",
        { arm: "Microsoft.MachineLearningServices/workspaces/computes", nameInput: "computeName", parentInputs: ["workspaceName"] }),
    springAppsService: type<appplatform.ServiceArgs>("azure-native:appplatform:Service", "PaaS", "Azure Spring Apps",
        { arm: "Microsoft.AppPlatform/Spring", nameInput: "serviceName" }),
    automationVariable: type<automation.VariableArgs>("azure-native:automation:Variable", "PaaS", "Automation",
        { arm: "Microsoft.Automation/automationAccounts/variables", nameInput: "variableName",
            parentInputs: ["automationAccountName"] }),
    searchService: type<search.ServiceArgs>("azure-native:search:Service", "PaaS", "AI Search",
        { arm: "Microsoft.Search/searchServices", nameInput: "searchServiceName" }),
    databricksWorkspace: type<databricks.WorkspaceArgs>("azure-native:databricks:Workspace", "PaaS", "Azure Databricks",
        { arm: "Microsoft.Databricks/workspaces", nameInput: "workspaceName" }),
    imageTemplate: type<virtualmachineimages.VirtualMachineImageTemplateArgs>(
        "azure-native:virtualmachineimages:VirtualMachineImageTemplate", "PaaS", "VM Image Builder",
        { arm: "Microsoft.VirtualMachineImages/imageTemplates", nameInput: "imageTemplateName" }),
    iotHub: type<iothub.IotHubResourceArgs>("azure-native:iothub:IotHubResource", "PaaS", "IoT Hub",
        { arm: "Microsoft.Devices/IotHubs", nameInput: "resourceName" }),
    streamAnalyticsJob: type<streamanalytics.StreamingJobArgs>("azure-native:streamanalytics:StreamingJob", "PaaS",
        "Stream Analytics", { arm: "Microsoft.StreamAnalytics/streamingjobs", nameInput: "jobName" }),
    logicAppWorkflow: type<logic.WorkflowArgs>("azure-native:logic:Workflow", "PaaS", "Logic Apps",
        { arm: "Microsoft.Logic/workflows", nameInput: "workflowName" }),
    batchAccount: type<batch.BatchAccountArgs>("azure-native:batch:BatchAccount", "PaaS", "Batch",
        { arm: "Microsoft.Batch/batchAccounts", nameInput: "accountName" }),
    diagnosticSetting: type<monitor.DiagnosticSettingArgs>("azure-native:monitor:DiagnosticSetting", "PaaS",
        "Azure Monitor", { arm: "Microsoft.Insights/diagnosticSettings", nameInput: "name", scopeInput: "resourceUri" }),
    logAnalyticsWorkspace: type<operationalinsights.WorkspaceArgs>("azure-native:operationalinsights:Workspace", "PaaS",
        "Log Analytics", { arm: "Microsoft.OperationalInsights/workspaces", nameInput: "workspaceName" }),
    recoveryServicesVault: type<recoveryservices.VaultArgs>("azure-native:recoveryservices:Vault", "PaaS", "Backup",
        { arm: "Microsoft.RecoveryServices/vaults", nameInput: "vaultName" }),
    protectedItem: type<recoveryservices.ProtectedItemArgs>("azure-native:recoveryservices:ProtectedItem", "PaaS", "Backup",
        { arm: "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems",
            nameInput: "protectedItemName", parentInputs: ["vaultName", "fabricName", "containerName"] }),
    defenderPricing: type<security.PricingArgs>("azure-native:security:Pricing", "PaaS", "Defender for Cloud",
        { arm: "Microsoft.Security/pricings", nameInput: "pricingName", scopeInput: "scopeId" }),
    iotSecuritySolution: type<security.IotSecuritySolutionArgs>("azure-native:security:IotSecuritySolution", "PaaS",
        "Defender for IoT", { arm: "Microsoft.Security/iotSecuritySolutions", nameInput: "solutionName" }),
    securityContact: type<security.SecurityContactArgs>("azure-native:security:SecurityContact", "PaaS",
        "Defender for Cloud", { arm: "Microsoft.Security/securityContacts", nameInput: "securityContactName" }),
    // A role definition's Azure name is its GUID (`roleDefinitionId`); `roleName` is only its display name.
    roleDefinition: type<authorization.RoleDefinitionArgs>("azure-native:authorization:RoleDefinition", "PaaS",
        "Azure RBAC", { arm: "Microsoft.Authorization/roleDefinitions", nameInput: "roleDefinitionId" }),
    resourceGroup: type<resources.ResourceGroupArgs>("azure-native:resources:ResourceGroup", "PaaS",
        "Resource Manager", { arm: "Microsoft.Resources/resourceGroups", nameInput: "resourceGroupName" }),

    appServicePlan: type<web.AppServicePlanArgs>("azure-native:web:AppServicePlan", "PaaS", "App Service",
        { arm: "Microsoft.Web/serverfarms", nameInput: "name" }),
    appServiceEnvironment: type<web.AppServiceEnvironmentArgs>("azure-native:web:AppServiceEnvironment", "PaaS",
        "App Service", { arm: "Microsoft.Web/hostingEnvironments", nameInput: "name" }),
    webAppApplicationSettings: type<web.WebAppApplicationSettingsArgs>("azure-native:web:WebAppApplicationSettings",
        "PaaS", "App Service", { arm: "Microsoft.Web/sites/config", parentInputs: ["name"] }),
    webAppConnectionStrings: type<web.WebAppConnectionStringsArgs>("azure-native:web:WebAppConnectionStrings",
        "PaaS", "App Service", { arm: "Microsoft.Web/sites/config", parentInputs: ["name"] }),
    staticSite: type<web.StaticSiteArgs>("azure-native:web:StaticSite", "PaaS", "Static Web Apps",
        { arm: "Microsoft.Web/staticSites", nameInput: "name" }),
    apiConnection: type<web.ConnectionArgs>("azure-native:web:Connection", "PaaS", "Logic Apps",
        { arm: "Microsoft.Web/connections", nameInput: "connectionName" }),
    containerGroup: type<containerinstance.ContainerGroupArgs>("azure-native:containerinstance:ContainerGroup", "PaaS",
        "Container Instances", { arm: "Microsoft.ContainerInstance/containerGroups", nameInput: "containerGroupName" }),
    containerAppEnvironment: type<app.ManagedEnvironmentArgs>("azure-native:app:ManagedEnvironment", "PaaS",
        "Container Apps", { arm: "Microsoft.App/managedEnvironments", nameInput: "environmentName" }),
    containerAppJob: type<app.JobArgs>("azure-native:app:Job", "PaaS", "Container Apps",
        { arm: "Microsoft.App/jobs", nameInput: "jobName" }),
    blobContainer: type<storage.BlobContainerArgs>("azure-native:storage:BlobContainer", "PaaS", "Storage",
        { arm: "Microsoft.Storage/storageAccounts/blobServices/containers", nameInput: "containerName", parentInputs: ["accountName"] }),
    fileServiceProperties: type<storage.FileServicePropertiesArgs>("azure-native:storage:FileServiceProperties", "PaaS",
        "Storage", { arm: "Microsoft.Storage/storageAccounts/fileServices", nameInput: "fileServicesName", parentInputs: ["accountName"] }),
    fileShare: type<storage.FileShareArgs>("azure-native:storage:FileShare", "PaaS", "Storage",
        { arm: "Microsoft.Storage/storageAccounts/fileServices/shares", nameInput: "shareName", parentInputs: ["accountName"] }),
    storageStaticWebsite: type<storage.StorageAccountStaticWebsiteArgs>("azure-native:storage:StorageAccountStaticWebsite",
        "PaaS", "Storage"),
    sqlFirewallRule: type<sql.FirewallRuleArgs>("azure-native:sql:FirewallRule", "PaaS", "SQL Database",
        { arm: "Microsoft.Sql/servers/firewallRules", nameInput: "firewallRuleName", parentInputs: ["serverName"] }),
    postgresqlFirewallRule: type<dbforpostgresql.FirewallRuleArgs>("azure-native:dbforpostgresql:FirewallRule", "PaaS",
        "PostgreSQL flexible server", { arm: "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules",
            nameInput: "firewallRuleName", parentInputs: ["serverName"] }),
    postgresqlConfiguration: type<dbforpostgresql.ConfigurationArgs>("azure-native:dbforpostgresql:Configuration", "PaaS",
        "PostgreSQL flexible server", { arm: "Microsoft.DBforPostgreSQL/flexibleServers/configurations",
            nameInput: "configurationName", parentInputs: ["serverName"] }),
    mysqlFirewallRule: type<dbformysql.FirewallRuleArgs>("azure-native:dbformysql:FirewallRule", "PaaS",
        "MySQL flexible server", { arm: "Microsoft.DBforMySQL/flexibleServers/firewallRules", nameInput: "firewallRuleName",
            parentInputs: ["serverName"] }),
    redisFirewallRule: type<cache.FirewallRuleArgs>("azure-native:redis:FirewallRule", "PaaS", "Azure Cache for Redis",
        { arm: "Microsoft.Cache/redis/firewallRules", nameInput: "ruleName", parentInputs: ["cacheName"] }),
    synapseWorkspace: type<synapse.WorkspaceArgs>("azure-native:synapse:Workspace", "PaaS", "Synapse Analytics",
        { arm: "Microsoft.Synapse/workspaces", nameInput: "workspaceName" }),
    synapseFirewallRule: type<synapse.IpFirewallRuleArgs>("azure-native:synapse:IpFirewallRule", "PaaS",
        "Synapse Analytics", { arm: "Microsoft.Synapse/workspaces/firewallRules", nameInput: "ruleName", parentInputs: ["workspaceName"] }),
    synapseSqlPool: type<synapse.SqlPoolArgs>("azure-native:synapse:SqlPool", "PaaS", "Synapse Analytics",
        { arm: "Microsoft.Synapse/workspaces/sqlPools", nameInput: "sqlPoolName", parentInputs: ["workspaceName"] }),
    synapseSparkPool: type<synapse.BigDataPoolArgs>("azure-native:synapse:BigDataPool", "PaaS", "Synapse Analytics",
        { arm: "Microsoft.Synapse/workspaces/bigDataPools", nameInput: "bigDataPoolName", parentInputs: ["workspaceName"] }),
    dataFactory: type<datafactory.FactoryArgs>("azure-native:datafactory:Factory", "PaaS", "Data Factory",
        { arm: "Microsoft.DataFactory/factories", nameInput: "factoryName" }),
    webPubSub: type<webpubsub.WebPubSubArgs>("azure-native:webpubsub:WebPubSub", "PaaS", "Web PubSub",
        { arm: "Microsoft.SignalRService/webPubSub", nameInput: "resourceName" }),
    applicationInsights: type<applicationinsights.ComponentArgs>("azure-native:applicationinsights:Component", "PaaS",
        "Application Insights", { arm: "Microsoft.Insights/components", nameInput: "resourceName" }),
    activityLogAlert: type<monitor.ActivityLogAlertArgs>("azure-native:monitor:ActivityLogAlert", "PaaS", "Azure Monitor",
        { arm: "Microsoft.Insights/activityLogAlerts", nameInput: "activityLogAlertName" }),
    subscriptionDiagnosticSetting: type<monitor.SubscriptionDiagnosticSettingArgs>(
        "azure-native:monitor:SubscriptionDiagnosticSetting", "PaaS", "Azure Monitor",
        { arm: "Microsoft.Insights/diagnosticSettings", nameInput: "name" }),
    dataCollectionEndpoint: type<monitor.DataCollectionEndpointArgs>("azure-native:monitor:DataCollectionEndpoint", "PaaS",
        "Azure Monitor", { arm: "Microsoft.Insights/dataCollectionEndpoints", nameInput: "dataCollectionEndpointName" }),
    dataCollectionRule: type<monitor.DataCollectionRuleArgs>("azure-native:monitor:DataCollectionRule", "PaaS",
        "Azure Monitor", { arm: "Microsoft.Insights/dataCollectionRules", nameInput: "dataCollectionRuleName" }),
    cdnProfile: type<cdn.ProfileArgs>("azure-native:cdn:Profile", "PaaS", "Front Door and CDN",
        { arm: "Microsoft.Cdn/profiles", nameInput: "profileName" }),
    cdnEndpoint: type<cdn.EndpointArgs>("azure-native:cdn:Endpoint", "PaaS", "Front Door and CDN",
        { arm: "Microsoft.Cdn/profiles/endpoints", nameInput: "endpointName", parentInputs: ["profileName"] }),
    frontDoorEndpoint: type<cdn.AFDEndpointArgs>("azure-native:cdn:AFDEndpoint", "PaaS", "Front Door and CDN",
        { arm: "Microsoft.Cdn/profiles/afdEndpoints", nameInput: "endpointName", parentInputs: ["profileName"] }),
    frontDoorRoute: type<cdn.RouteArgs>("azure-native:cdn:Route", "PaaS", "Front Door and CDN",
        { arm: "Microsoft.Cdn/profiles/afdEndpoints/routes", nameInput: "routeName", parentInputs: ["profileName", "endpointName"] }),
    frontDoorWafPolicy: type<frontdoor.PolicyArgs>("azure-native:frontdoor:Policy", "PaaS", "Front Door and CDN",
        { arm: "Microsoft.Network/frontDoorWebApplicationFirewallPolicies", nameInput: "policyName" }),
    frontDoorCustomDomain: type<cdn.AFDCustomDomainArgs>("azure-native:cdn:AFDCustomDomain", "PaaS", "Front Door and CDN",
        { arm: "Microsoft.Cdn/profiles/customDomains", nameInput: "customDomainName", parentInputs: ["profileName"] }),
    frontDoorSecurityPolicy: type<cdn.SecurityPolicyArgs>("azure-native:cdn:SecurityPolicy", "PaaS", "Front Door and CDN",
        { arm: "Microsoft.Cdn/profiles/securityPolicies", nameInput: "securityPolicyName", parentInputs: ["profileName"] }),
    managedHsm: type<keyvault.ManagedHsmArgs>("azure-native:keyvault:ManagedHsm", "PaaS", "Key Vault",
        { arm: "Microsoft.KeyVault/managedHSMs", nameInput: "name" }),
    aksAgentPool: type<containerservice.AgentPoolArgs>("azure-native:containerservice:AgentPool", "PaaS",
        "Kubernetes Service (AKS)", {
            arm: "Microsoft.ContainerService/managedClusters/agentPools", nameInput: "agentPoolName", parentInputs: ["resourceName"],
            overrides: {
                    "operating-system": {
                        owner: "shared",
                        why: "AKS nodes are VMs: Azure ships patched node images, the customer chooses how and when they are applied",
                    },
                },
        }),
    automationAccount: type<automation.AutomationAccountArgs>("azure-native:automation:AutomationAccount", "PaaS",
        "Automation", { arm: "Microsoft.Automation/automationAccounts", nameInput: "automationAccountName" }),
    backupVault: type<dataprotection.BackupVaultArgs>("azure-native:dataprotection:BackupVault", "PaaS", "Backup",
        { arm: "Microsoft.DataProtection/backupVaults", nameInput: "vaultName" }),
    userAssignedIdentity: type<managedidentity.UserAssignedIdentityArgs>("azure-native:managedidentity:UserAssignedIdentity",
        "PaaS", "Managed Identities", { arm: "Microsoft.ManagedIdentity/userAssignedIdentities", nameInput: "resourceName" }),
    federatedIdentityCredential: type<managedidentity.FederatedIdentityCredentialArgs>(
        "azure-native:managedidentity:FederatedIdentityCredential", "PaaS", "Managed Identities",
        { arm: "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials",
            nameInput: "federatedIdentityCredentialResourceName", parentInputs: ["resourceName"] }),
    roleAssignment: type<authorization.RoleAssignmentArgs>("azure-native:authorization:RoleAssignment", "PaaS",
        "Azure RBAC", { arm: "Microsoft.Authorization/roleAssignments", nameInput: "roleAssignmentName", scopeInput: "scope" }),
    policyAssignment: type<authorization.PolicyAssignmentArgs>("azure-native:authorization:PolicyAssignment", "PaaS",
        "Azure Policy", { arm: "Microsoft.Authorization/policyAssignments", nameInput: "policyAssignmentName", scopeInput: "scope" }),
    resourceGroupLock: type<authorization.ManagementLockAtResourceGroupLevelArgs>(
        "azure-native:authorization:ManagementLockAtResourceGroupLevel", "PaaS", "Resource Manager",
        { arm: "Microsoft.Authorization/locks", nameInput: "lockName" }),
    subscriptionLock: type<authorization.ManagementLockAtSubscriptionLevelArgs>(
        "azure-native:authorization:ManagementLockAtSubscriptionLevel", "PaaS", "Resource Manager",
        { arm: "Microsoft.Authorization/locks", nameInput: "lockName" }),
    scopeLock: type<authorization.ManagementLockByScopeArgs>("azure-native:authorization:ManagementLockByScope", "PaaS",
        "Resource Manager", { arm: "Microsoft.Authorization/locks", nameInput: "lockName", scopeInput: "scope" }),

    // SaaS: only data and identities remain the customer's.
    saasSubscription: type<saas.SaasSubscriptionLevelArgs>("azure-native:saas:SaasSubscriptionLevel", "SaaS",
        "Marketplace SaaS", { arm: "Microsoft.SaaS/resources", nameInput: "resourceName" }),
} as const;

export type CatalogKey = keyof typeof catalog;

/** The azure-native `*Args` of a catalog type, and the props a check reads (its inputs, outputs unwrapped). */
export type ArgsOf<K extends CatalogKey> = (typeof catalog)[K] extends ResourceType<infer A> ? A : never;
export type PropsOf<K extends CatalogKey> = Unwrap<ArgsOf<K>>;

/** Who owns a responsibility row for a resource type: the matrix cell, unless the catalog overrides it. */
export function ownerOf(type: ResourceType, responsibility: Responsibility): Owner {
    return type.overrides?.[responsibility]?.owner ?? responsibilities[responsibility][type.serviceModel];
}

/**
 * Every token the pack matches, to its type: the type's own, and the other module names the SDK declares for it
 * as aliases (azure-native 2.x's `documentdb`, `cache`, `insights`; lib/kit/token-aliases.ts, generated). Any
 * API-version token of these (`<module>/<version>:<Type>`) matches too, through `unversioned`.
 */
const byToken = new Map<string, ResourceType>();
for (const [key, type] of Object.entries(catalog) as [CatalogKey, ResourceType][]) {
    for (const token of [type.token, ...aliasesOf(key)]) {
        byToken.set(token, type);
    }
}

/** The other unversioned tokens the SDK declares for a catalog type (its azure-native 2.x module names). */
export function aliasesOf(key: CatalogKey): readonly string[] {
    return tokenAliases[key] ?? [];
}

/**
 * The default token of a (possibly versioned) type token:
 * `azure-native:storage/v20230101:StorageAccount` -> `azure-native:storage:StorageAccount`.
 */
export function unversioned(token: string): string {
    const first = token.indexOf(":");
    const slash = token.indexOf("/", first + 1);
    const second = token.indexOf(":", first + 1);
    return slash < 0 || slash > second ? token : token.slice(0, slash) + token.slice(second);
}

/** The catalog entry for a type token, versioned or not, today's or an alias; undefined for types the pack does not know. */
export function lookupType(token: string): ResourceType | undefined {
    return byToken.get(token) ?? byToken.get(unversioned(token));
}
