import {
    anyOf, ArgsOf, azureResources, catalog, dependsOn, isSettings, listOf, option, pointerIndex, pointsAt, requireInStack,
    ResourceType, stackPolicy, StackResource,
} from "../../lib/kit";

/**
 * The types Azure Policy's MCSB initiative asks to "use private link", each with the definitions that ask it. Every
 * one of those definitions reads the same thing, the target's privateEndpointConnections with status Approved, and
 * none asks for a group id (a storage account's blob or file endpoint both count).
 */
const targets = [
    { type: catalog.storageAccount, definitions: ["6edd7eda-6dd8-40f7-810d-67160c639cd9", "1604f626-4d8d-4124-8bb8-b1e5f95562de"] },
    { type: catalog.keyVault, definitions: ["a6abeaec-4d90-4a02-805f-6b26c4d3fbe9"] },
    { type: catalog.sqlServer, definitions: ["7698e800-9299-47a6-b3b6-5a0fee576eed"] },
    { type: catalog.cosmosDbAccount, definitions: ["58440f8a-10c5-4151-bdce-dfbaad4a20b7"] },
    { type: catalog.containerRegistry, definitions: ["e8eef0a8-67cf-4eb4-9386-14b0e78733d4"] },
    { type: catalog.redis, definitions: ["7803067c-7d34-46e3-8c79-0ca68fc4036d"] },
    { type: catalog.appConfigurationStore, definitions: ["ca610c1d-041c-4332-9d88-7ed3094967c7"] },
    { type: catalog.eventGridDomain, definitions: ["9830b652-8523-49cc-b1b3-e17dce1127ca"] },
    { type: catalog.eventGridTopic, definitions: ["4b90e17e-8448-49db-875e-bd83fb6f804f"] },
    { type: catalog.signalR, definitions: ["2393d2cf-a342-44cd-a2e2-fe0188fd1234"] },
    { type: catalog.machineLearningWorkspace, definitions: ["45e05259-1eb5-4f70-9574-baf73e9d219b"] },
    { type: catalog.cognitiveServicesAccount, definitions: ["d6759c02-b87f-42b7-892e-71b3f471d782"] },
    { type: catalog.searchService, definitions: ["d6759c02-b87f-42b7-892e-71b3f471d782"] },
    { type: catalog.databricksWorkspace, definitions: ["258823f2-4595-4b52-b333-cc96192710d8"] },
] as const;

type Endpoint = StackResource<ArgsOf<"privateEndpoint">>;
/** Automatic connections are approved as they are made; manual ones wait for the target's owner to approve them. */
type Connections = "privateLinkServiceConnections" | "manualPrivateLinkServiceConnections";

const idOf = (connection: unknown) => isSettings(connection) ? connection.privateLinkServiceId : undefined;

export default stackPolicy({
    name: "private-endpoint-required",
    description: "Storage accounts, key vaults, SQL servers, Cosmos DB accounts, container registries, Redis caches, " +
        "App Configuration stores, Event Grid domains and topics, SignalR services, Machine Learning workspaces, AI " +
        "services accounts, AI Search services and Databricks workspaces each have a private endpoint connected to them.",
    area: "networking",
    severity: "medium",
    frameworks: {
        mcsb: ["NS-2"], cis: ["2.1.11", "8.3.8", "9.3.2.1"],
        azurePolicy: [...new Set(targets.flatMap((t) => t.definitions))],
    },
    remediation: "Add a network PrivateEndpoint in a subnet of your virtual network with privateLinkServiceConnections " +
        "[{ name, privateLinkServiceId: <the resource's id>, groupIds: [<its sub-resource, e.g. \"blob\", \"vault\", " +
        "\"sqlServer\", \"registry\">] }], and a private DNS zone group for its name. A connection in " +
        "manualPrivateLinkServiceConnections stays Pending until the resource's owner approves it. If another stack " +
        "deploys the endpoints, leave requireInStack off; narrow the checked types with resourceTypes.",
    messages: {
        noPrivateEndpoint: "No private endpoint in this stack connects to this resource, so it is reached only through its public endpoint: add a PrivateEndpoint whose privateLinkServiceConnections[].privateLinkServiceId is its id.",
        onlyManualConnection: "The only private endpoints connecting to this resource use manualPrivateLinkServiceConnections, which stay Pending until its owner approves them: connect through privateLinkServiceConnections, or approve the connection.",
    },
    config: {
        resourceTypes: option.stringList({
            default: targets.flatMap((t) => t.type.arm ?? []),
            description: "ARM resource types that must have a private endpoint (a subset of the default list).",
        }),
        requireInStack: requireInStack("a private endpoint for each resource"),
    },
    resources: targets.map((t) => t.type),
    check: (ctx) => {
        const wanted = new Set(ctx.config.resourceTypes.map((t) => t.toLowerCase()));
        const endpoints = ctx.ofType(catalog.privateEndpoint);
        const peers = azureResources(ctx.resources);

        // Does one of the endpoint's connections of this kind point at the target? Its ids are nested in the list,
        // and the engine records the list's dependencies as a whole: depending on the target is a yes (at a first
        // preview its id is unknown); else each known connection's id is asked in turn.
        const connects = (endpoint: Endpoint, kind: Connections, target: StackResource, type: ResourceType): boolean =>
            dependsOn(endpoint, kind, target) ||
            anyOf([...listOf(endpoint.props[kind]).keys()], (i) => pointsAt(endpoint, kind, target, type,
                { peers, read: (props) => idOf(listOf(props[kind])[i]) }));
        // Only the endpoints whose connections may name the target are asked about it (linear in the stack's
        // size): every connection's id, joined, has the target's name as a path segment if one points at it.
        const candidates = (kind: Connections) => pointerIndex(endpoints, kind, {
            peers, read: (props) => listOf((props as Endpoint["props"])[kind]).map(idOf).join("/"),
        });
        const automatic = candidates("privateLinkServiceConnections");
        const manual = candidates("manualPrivateLinkServiceConnections");

        for (const { type } of targets.filter((t) => wanted.has(t.type.arm?.toLowerCase() ?? ""))) {
            ctx.each(ctx.ofType<unknown>(type), (target) => {
                if (anyOf(automatic(target, type), (e) => connects(e, "privateLinkServiceConnections", target, type))) {
                    return;
                }
                const pending = anyOf(manual(target, type), (e) => connects(e, "manualPrivateLinkServiceConnections", target, type));
                ctx.missing(target, pending ? "onlyManualConnection" : "noPrivateEndpoint");
            });
        }
    },
});
