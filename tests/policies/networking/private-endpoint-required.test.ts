import { ConfigurationStore } from "@pulumi/azure-native/appconfiguration";
import { Account } from "@pulumi/azure-native/cognitiveservices";
import { Registry } from "@pulumi/azure-native/containerregistry";
import { DatabaseAccount } from "@pulumi/azure-native/cosmosdb";
import { Workspace as DatabricksWorkspace } from "@pulumi/azure-native/databricks";
import { Domain, Topic } from "@pulumi/azure-native/eventgrid";
import { Vault } from "@pulumi/azure-native/keyvault";
import { Workspace as MachineLearningWorkspace } from "@pulumi/azure-native/machinelearningservices";
import { PrivateEndpoint, PrivateEndpointArgs } from "@pulumi/azure-native/network";
import { Redis } from "@pulumi/azure-native/redis";
import { ResourceGroup } from "@pulumi/azure-native/resources";
import { Service } from "@pulumi/azure-native/search";
import { SignalR } from "@pulumi/azure-native/signalrservice";
import { Server } from "@pulumi/azure-native/sql";
import { StorageAccount } from "@pulumi/azure-native/storage";
import { AppServicePlan } from "@pulumi/azure-native/web";
import policy from "../../../policies/networking/private-endpoint-required";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const providers = "/subscriptions/s/resourceGroups/rg/providers";
const subnet = { id: `${providers}/Microsoft.Network/virtualNetworks/vnet/subnets/endpoints` };
const required = { requireInStack: true };

const vault = (name: string, vaultName: string): StackTestResource => ({
    name, ...resource(Vault, { ...rg, vaultName, properties: { tenantId: "t", sku: { family: "A", name: "standard" } } }),
});
const registry = (name: string, registryName: string): StackTestResource => ({
    name, ...resource(Registry, { ...rg, registryName, sku: { name: "Premium" } }),
});

/**
 * A private endpoint with one connection to `privateLinkServiceId` (automatic by default), its connections list
 * depending on the named resources.
 */
const endpoint = (name: string, privateLinkServiceId: string, dependsOn?: string[], groupIds = ["default"],
    kind: "privateLinkServiceConnections" | "manualPrivateLinkServiceConnections" = "privateLinkServiceConnections"):
    StackTestResource => {
    const args: PrivateEndpointArgs = { ...rg, subnet, [kind]: [{ name: `${name}-connection`, privateLinkServiceId, groupIds }] };
    return { name, ...resource(PrivateEndpoint, args), ...(dependsOn ? { dependsOn: { [kind]: dependsOn } } : {}) };
};

/** One resource of every checked type, each with the name "<type>-app". */
const everyType: StackTestResource[] = [
    { name: "st", ...resource(StorageAccount, { ...rg, accountName: "stapp", kind: "StorageV2", sku: { name: "Standard_LRS" } }) },
    vault("kv", "kv-app"),
    { name: "sql", ...resource(Server, { ...rg, serverName: "sql-app" }) },
    { name: "cosmos", ...resource(DatabaseAccount, { ...rg, accountName: "cosmos-app", databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }] }) },
    registry("acr", "acrapp"),
    { name: "redis", ...resource(Redis, { ...rg, name: "redis-app", sku: { name: "Premium", family: "P", capacity: 1 } }) },
    { name: "appconfig", ...resource(ConfigurationStore, { ...rg, configStoreName: "appconfig-app", sku: { name: "standard" } }) },
    { name: "domain", ...resource(Domain, { ...rg, domainName: "domain-app" }) },
    { name: "topic", ...resource(Topic, { ...rg, topicName: "topic-app" }) },
    { name: "signalr", ...resource(SignalR, { ...rg, resourceName: "signalr-app" }) },
    { name: "ml", ...resource(MachineLearningWorkspace, { ...rg, workspaceName: "ml-app" }) },
    { name: "ai", ...resource(Account, { ...rg, accountName: "ai-app", kind: "AIServices" }) },
    { name: "search", ...resource(Service, { ...rg, searchServiceName: "search-app" }) },
    { name: "dbw", ...resource(DatabricksWorkspace, { ...rg, workspaceName: "dbw-app", managedResourceGroupId: "/subscriptions/s/resourceGroups/dbw-managed" }) },
];

testStackPolicy(policy, {
    valid: [
        {
            name: "first preview: every checked type, each with an endpoint whose connection id is unknown and depends on it",
            config: required,
            resources: [...everyType, ...everyType.map((t) => endpoint(`${t.name}-pe`, unknown(), [t.name]))],
        },
        {
            name: "known ids: the connection's privateLinkServiceId is the vault's ARM id",
            config: required,
            resources: [vault("kv", "kv-app"), endpoint("kv-pe", `${providers}/Microsoft.KeyVault/vaults/kv-app`, undefined, ["vault"])],
        },
        {
            name: "known ids: a storage account reached through its file endpoint, by the second connection of an endpoint",
            config: required,
            resources: [
                { name: "st", ...resource(StorageAccount, { ...rg, accountName: "stapp", kind: "StorageV2", sku: { name: "Standard_LRS" } }) },
                {
                    name: "st-pe", ...resource(PrivateEndpoint, { ...rg, subnet, privateLinkServiceConnections: [
                        { name: "other", privateLinkServiceId: `${providers}/Microsoft.KeyVault/vaults/kv-other`, groupIds: ["vault"] },
                        { name: "file", privateLinkServiceId: `${providers}/Microsoft.Storage/storageAccounts/stapp`, groupIds: ["file"] },
                    ] }),
                },
            ],
        },
        {
            name: "an automatic connection decides, whatever an unknown manual connection points at",
            config: required,
            resources: [
                registry("acr", "acrapp"),
                endpoint("acr-pe", unknown(), ["acr"], ["registry"]),
                endpoint("other-pe", unknown(), undefined, ["registry"], "manualPrivateLinkServiceConnections"),
            ],
        },
        {
            name: "types narrowed by config: a Redis cache without an endpoint is not checked",
            config: { ...required, resourceTypes: ["Microsoft.KeyVault/vaults"] },
            resources: [everyType.find((t) => t.name === "redis")!],
        },
    ],
    invalid: [
        {
            name: "a vault without any private endpoint",
            config: required,
            resources: [vault("kv", "kv-app")],
            violations: [{ resource: "kv", message: "noPrivateEndpoint" }],
        },
        {
            name: "every checked type without one",
            config: required,
            resources: everyType,
            violations: everyType.map((t) => ({ resource: t.name, message: "noPrivateEndpoint" as const })),
        },
        {
            name: "first preview: the only endpoint depends on another registry",
            config: required,
            resources: [registry("acr1", "acrone"), registry("acr2", "acrtwo"), endpoint("acr1-pe", unknown(), ["acr1"], ["registry"])],
            violations: [{ resource: "acr2", message: "noPrivateEndpoint" }],
        },
        {
            name: "known ids: the endpoint connects to another vault",
            config: required,
            resources: [vault("kv", "kv-app"), endpoint("pe", `${providers}/Microsoft.KeyVault/vaults/kv-other`, undefined, ["vault"])],
            violations: [{ resource: "kv", message: "noPrivateEndpoint" }],
        },
        {
            name: "first preview: an endpoint to a resource the catalog does not know (an App Service plan) covers nothing else",
            config: required,
            resources: [vault("kv", "kv-app"), { name: "plan", ...resource(AppServicePlan, { ...rg }) }, endpoint("plan-pe", unknown(), ["plan"])],
            violations: [{ resource: "kv", message: "noPrivateEndpoint" }],
        },
        {
            name: "the only connection is manual, pending the owner's approval",
            config: required,
            resources: [registry("acr", "acrapp"), endpoint("acr-pe", unknown(), ["acr"], ["registry"], "manualPrivateLinkServiceConnections")],
            violations: [{ resource: "acr", message: "onlyManualConnection" }],
        },
    ],
    undecided: [
        {
            name: "requireInStack off (the default): a vault without a private endpoint may get one from another stack",
            resources: [vault("kv", "kv-app")],
        },
        {
            name: "requireInStack off: a registry whose only connection is manual",
            resources: [registry("acr", "acrapp"), endpoint("acr-pe", unknown(), ["acr"], ["registry"], "manualPrivateLinkServiceConnections")],
        },
        {
            name: "the connection's id is unknown and depends on nothing: it may point at the vault",
            config: required,
            resources: [vault("kv", "kv-app"), endpoint("pe", unknown())],
        },
        {
            name: "the connection's id is built from the resource group's id and a name",
            config: required,
            resources: [vault("kv", "kv-app"), { name: "group", ...resource(ResourceGroup, {}) }, endpoint("pe", unknown(), ["group"])],
        },
        {
            name: "the endpoint's connections are unknown as a whole",
            config: required,
            resources: [vault("kv", "kv-app"), { name: "pe", ...resource(PrivateEndpoint, { ...rg, subnet, privateLinkServiceConnections: unknown() }) }],
        },
    ],
});
