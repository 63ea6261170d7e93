/**
 * An orders service written against @pulumi/azure-native 2.x, as most programs in the wild still are: Cosmos DB
 * lives in the `documentdb` module there, Redis in `cache`, diagnostic settings in `insights` (3.x renamed them
 * `cosmosdb`, `redis`, `monitor`). `azure-srm scan examples/azure-native-2x` (after `npm ci` in this directory)
 * sees it as written: the Cosmos DB and Redis gaps are reported, and the vault's `insights` diagnostic setting
 * counts as one.
 */
import * as pulumi from "@pulumi/pulumi";
import * as cache from "@pulumi/azure-native/cache";
import * as documentdb from "@pulumi/azure-native/documentdb";
import * as insights from "@pulumi/azure-native/insights";
import * as keyvault from "@pulumi/azure-native/keyvault";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import * as resources from "@pulumi/azure-native/resources";

const env = pulumi.getStack();
const location = new pulumi.Config("azure-native").require("location");
const tenantId = "00000000-0000-0000-0000-000000000000";
const tags = { application: "orders", environment: env };

const rg = new resources.ResourceGroup("rg", { resourceGroupName: `rg-orders-${env}`, location, tags });
const inGroup = { resourceGroupName: rg.name, location: rg.location, tags };

const logs = new operationalinsights.Workspace("logs", {
    ...inGroup,
    workspaceName: `log-orders-${env}`,
    sku: { name: "PerGB2018" },
    retentionInDays: 365,
});

// Gaps: account keys still work, the account is reachable from the Internet, and its data is encrypted with
// service-managed keys only.
const orders = new documentdb.DatabaseAccount("orders", {
    ...inGroup,
    accountName: `cosmos-orders-${env}`,
    databaseAccountOfferType: "Standard",
    locations: [{ locationName: location, failoverPriority: 0 }],
    minimalTlsVersion: "Tls12",
});

// Gap: reachable from the Internet.
const sessions = new cache.Redis("sessions", {
    ...inGroup,
    name: `redis-orders-${env}`,
    sku: { name: "Standard", family: "C", capacity: 1 },
    enableNonSslPort: false,
    minimumTlsVersion: "1.2",
});

// Locked down, and logged through a 2.x `insights` diagnostic setting.
const vault = new keyvault.Vault("vault", {
    ...inGroup,
    vaultName: `kv-orders-${env}`,
    properties: {
        tenantId,
        sku: { family: "A", name: "standard" },
        enableRbacAuthorization: true,
        enableSoftDelete: true,
        enablePurgeProtection: true,
        softDeleteRetentionInDays: 90,
        publicNetworkAccess: "Disabled",
        networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
    },
});

new insights.DiagnosticSetting("vault-logs", {
    name: "to-workspace",
    resourceUri: vault.id,
    workspaceId: logs.id,
    logs: [{ categoryGroup: "allLogs", enabled: true }],
});

export const cosmosEndpoint = orders.documentEndpoint;
export const redisHost = sessions.hostName;
