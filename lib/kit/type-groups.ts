/**
 * Catalog types chosen by the inputs their azure-native args have, checked by the compiler: listing a type whose
 * args lack the input does not compile. (The catalog's `TArgs` is erased at run time, so these lists cannot be
 * computed; a new catalog type that takes a location or tags is added here, once.)
 */
import { catalog, ResourceType } from "./model";

function typesWithInput<K extends string>(_input: K, types: readonly ResourceType<{ [P in K]?: unknown }>[]) {
    return types;
}

const located = [
    catalog.virtualMachine, catalog.virtualMachineScaleSet, catalog.disk, catalog.virtualNetwork,
    catalog.networkSecurityGroup, catalog.publicIPAddress, catalog.networkInterface, catalog.loadBalancer,
    catalog.azureFirewall, catalog.flowLog, catalog.storageAccount, catalog.sqlServer, catalog.sqlDatabase,
    catalog.webApp, catalog.webAppSlot, catalog.keyVault, catalog.cosmosDbAccount, catalog.managedCluster,
    catalog.containerRegistry, catalog.redis, catalog.postgresqlFlexibleServer, catalog.mysqlFlexibleServer,
    catalog.apiManagementService, catalog.eventHubNamespace, catalog.serviceBusNamespace,
    catalog.cognitiveServicesAccount, catalog.containerApp, catalog.logAnalyticsWorkspace,
    catalog.recoveryServicesVault, catalog.protectedItem, catalog.resourceGroup, catalog.saasSubscription,
] as const;

/** Every catalog type whose args take a `location`. */
export const withLocation = typesWithInput("location", located);

/** Every catalog type whose args take `tags`: the located ones, and Key Vault secrets and keys. */
export const withTags = typesWithInput("tags", [...located, catalog.keyVaultSecret, catalog.keyVaultKey]);
