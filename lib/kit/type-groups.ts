/**
 * Catalog types grouped by an input their azure-native args have, checked by the compiler both ways: a key whose
 * args lack the input does not compile, and neither does a list that leaves out a catalog type whose args have it
 * (so a new catalog type that takes a location or tags joins these policies without anyone remembering to).
 */
import type { ArgsOf, CatalogKey, PropsOf } from "./model";

/**
 * The catalog keys whose azure-native args take input `I` (of type `V`, where given: an API Management named value's
 * `tags` are a list of labels, not Azure's tags).
 */
export type KeysWithInput<I extends string, V = unknown> = {
    [K in CatalogKey]: I extends keyof ArgsOf<K> ? (PropsOf<K>[I & keyof PropsOf<K>] extends V | undefined ? K : never) : never
}[CatalogKey];

/** Compiles only when `keys` lists exactly the catalog types whose args take input `I` (of type `V`). */
function exactly<I extends string, V = unknown>() {
    return <const K extends readonly KeysWithInput<I, V>[]>(keys: K & ([Exclude<KeysWithInput<I, V>, K[number]>] extends [never]
        ? unknown : { missing: Exclude<KeysWithInput<I, V>, K[number]> })): K => keys;
}

/** Every catalog type whose args take a `location`. */
export const located = exactly<"location">()([
    "virtualMachine", "virtualMachineExtension", "virtualMachineScaleSet", "disk", "virtualNetwork", "networkSecurityGroup", "publicIPAddress",
    "networkInterface", "loadBalancer", "azureFirewall", "flowLog", "storageAccount", "sqlServer", "sqlDatabase",
    "webApp", "webAppSlot", "keyVault", "cosmosDbAccount", "managedCluster", "containerRegistry", "redis",
    "postgresqlFlexibleServer", "mysqlFlexibleServer", "apiManagementService", "eventHubNamespace",
    "serviceBusNamespace", "cognitiveServicesAccount", "containerApp", "logAnalyticsWorkspace",
    "recoveryServicesVault", "protectedItem", "resourceGroup", "saasSubscription",
    "applicationGateway", "virtualNetworkGateway", "frontDoor",
    "privateEndpoint", "appConfigurationStore", "eventGridDomain", "eventGridTopic", "signalR", "machineLearningWorkspace",
    "machineLearningCompute", "springAppsService",
    "searchService", "databricksWorkspace", "iotHub", "streamAnalyticsJob", "logicAppWorkflow", "batchAccount",
    "imageTemplate", "sqlManagedInstance",
    "snapshot", "diskEncryptionSet", "routeTable", "natGateway", "ddosProtectionPlan", "bastionHost", "expressRouteGateway",
    "firewallPolicy", "webApplicationFirewallPolicy", "privateDnsZone", "privateDnsZoneLink", "arcMachine", "arcKubernetesCluster",
    "appServicePlan", "appServiceEnvironment", "staticSite", "apiConnection", "containerGroup", "containerAppEnvironment",
    "containerAppJob", "synapseWorkspace", "synapseSqlPool", "synapseSparkPool", "dataFactory", "webPubSub",
    "applicationInsights", "dataCollectionEndpoint", "dataCollectionRule", "cdnProfile", "cdnEndpoint", "frontDoorEndpoint",
    "managedHsm", "automationAccount", "backupVault", "userAssignedIdentity", "policyAssignment", "activityLogAlert", "frontDoorWafPolicy", "iotSecuritySolution",
]);

/** Every catalog type whose args take `tags` (a policy assignment has a location but no tags). */
type Untagged = "policyAssignment";
export const tagged = exactly<"tags", { readonly [key: string]: string }>()([
    ...located.filter((k): k is Exclude<(typeof located)[number], Untagged> => k !== "policyAssignment"),
    "keyVaultSecret", "keyVaultKey", "aksAgentPool",
]);

/**
 * Groups a resource policy's check can name instead of catalog keys, `check: { located: (resource, ctx) => ... }`,
 * each handler typed with the one input the group shares. The kit expands a group into its catalog types.
 */
export const groups = { located, tagged } as const;
export type GroupKey = keyof typeof groups;

export interface GroupProps {
    located: { readonly location?: string };
    tagged: { readonly tags?: { readonly [key: string]: string } };
}

/** Compiles only while every member's own input fits the group's props type. */
type Fits<K extends CatalogKey, I extends string, P> = [PropsOf<K> extends { [Q in I]?: infer V } ? V : never] extends
    [P] ? true : false;
const _groupsFit: [Fits<(typeof located)[number], "location", string | undefined>,
    Fits<(typeof tagged)[number], "tags", { readonly [key: string]: string } | undefined>] = [true, true];
void _groupsFit;
