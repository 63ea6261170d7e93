import {
    anyOf, ArgsOf, azureResources, catalog, namesTarget, option, pointerIndex, pointsAt, readKnown, ResourceType,
    stackPolicy, StackResource,
} from "../../lib/kit";

/**
 * Types with security-relevant resource logs, each checked by Azure Policy's MCSB initiative ("Resource logs in
 * ... should be enabled"). SQL servers are not here: Microsoft.Sql/servers has no log categories of its own (its
 * audit trail is the auditing setting, see sql-server-auditing).
 */
const logged = [catalog.keyVault, catalog.storageAccount, catalog.managedCluster, catalog.webApp,
    catalog.networkSecurityGroup, catalog.eventHubNamespace, catalog.serviceBusNamespace,
    catalog.cognitiveServicesAccount, catalog.searchService, catalog.machineLearningWorkspace,
    catalog.databricksWorkspace, catalog.iotHub, catalog.streamAnalyticsJob, catalog.logicAppWorkflow,
    catalog.batchAccount];

/** A storage account logs per service: its account-level setting carries metrics only. */
const storageServices = ["/blobServices/default", "/fileServices/default", "/queueServices/default", "/tableServices/default"];

type Setting = StackResource<ArgsOf<"diagnosticSetting">>;

export default stackPolicy({
    name: "diagnostic-settings-required",
    description: "Key vaults, storage accounts, AKS clusters, web apps, NSGs, Event Hubs and Service Bus namespaces, " +
        "AI services accounts, AI Search services, Machine Learning and Databricks workspaces, IoT hubs, Stream " +
        "Analytics jobs, Logic Apps workflows and Batch accounts each have a diagnostic setting that enables at least " +
        "one resource log category.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: {
        mcsb: ["LT-3", "DP-8"], cis: ["2.1.7", "6.1.1.4"],
        azurePolicy: [
            "f8d36e2f-389b-4ee4-898d-21aeb69a0f45",
            "cf820ca0-f99e-4f3e-84fb-66e913812d21",
            "83a214f7-d01a-484b-91a9-ed54470c9a6a",
            "91a78b24-f231-4a8a-8da9-02c35b2b6510",
            "245fc9df-fa96-4414-9a0b-3738c2f7341c",
            "1b4d1c4e-934c-4703-944c-27c82c06bebb", // AI services accounts and AI Search services
            "b4330a05-a843-4bc8-bf9a-cacce50c67f4", // AI Search
            "afe0c3be-ba3b-4544-ba52-0c99672a8ad6", // Machine Learning
            "138ff14d-b687-4faa-a81c-898c91a87fa2", // Databricks
            "383856f8-de7f-44a2-81fc-e5135b5c2aa4", // IoT Hub
            "f9be5368-9bf5-4b84-9e0a-7850da98bb46", // Stream Analytics
            "34f95f76-5386-4de7-b824-0d8478470c9d", // Logic Apps
            "428256e6-1fac-4f48-a757-df34c2b3336d", // Batch
        ],
    },
    remediation: "Add a monitor DiagnosticSetting with resourceUri set to the resource's id (for a storage account, " +
        "its blob service: `${account.id}/blobServices/default`), a destination such as workspaceId, and logs " +
        "[{ categoryGroup: \"allLogs\", enabled: true }]. Narrow the checked types with resourceTypes.",
    messages: {
        noResourceLogs: "No diagnostic setting enables resource logs for this resource: add a DiagnosticSetting whose resourceUri is its id, with at least one log category enabled.",
        noStorageAccountLogs: "No diagnostic setting enables resource logs for this storage account: add a DiagnosticSetting whose resourceUri is its id or its blob service's, with at least one log category enabled.",
    },
    config: {
        resourceTypes: option.stringList({
            default: logged.flatMap((t) => t.arm ?? []),
            description: "ARM resource types that must have a diagnostic setting (a subset of the default list).",
        }),
    },
    resources: [...logged, catalog.diagnosticSetting],
    check: (ctx) => {
        const wanted = new Set(ctx.config.resourceTypes.map((t) => t.toLowerCase()));
        const settings = ctx.ofType(catalog.diagnosticSetting);
        const blobServices = ctx.ofType(catalog.blobServiceProperties);
        const accounts = ctx.ofType(catalog.storageAccount);
        const peers = azureResources(ctx.resources);
        const enablesLog = (setting: Setting) => anyOf(setting.props.logs ?? [], (log) => log?.enabled === true);

        // A setting on the account's BlobServiceProperties resource (resourceUri: blobService.id) also counts: the
        // blob services a setting's resourceUri depends on, in their order.
        const blobIndex = new Map(blobServices.map((b, i) => [b.urn, i]));
        const blobsOf = new Map(settings.map((s) => [s, [...new Set((s.propertyDependencies.resourceUri ?? [])
            .map((d) => blobIndex.get(d.urn)).filter((i): i is number => i !== undefined))].sort((a, b) => a - b)
            .map((i) => blobServices[i])]));
        const viaBlobService = (setting: Setting, account: StackResource) => anyOf(blobsOf.get(setting) ?? [], (b) =>
            namesTarget(b, "accountName", account, catalog.storageAccount, accounts));
        const isStorage = (type: ResourceType) => type === catalog.storageAccount;
        const targets = (setting: Setting, target: StackResource, type: ResourceType) =>
            pointsAt(setting, "resourceUri", target, type, { peers, under: isStorage(type) ? storageServices : [] }) ||
            (isStorage(type) && viaBlobService(setting, target));

        // Each target is asked only about the settings that may decide for it, not all of them (linear, not
        // quadratic, in the size of the stack), with the same answer: a setting that enables no log is out; one
        // whose logs are unknown cannot be told for any target; the rest may point at the target directly
        // (pointerIndex) or, for a storage account, through a blob service that may name it.
        const logsUntold = settings.filter((s) => readKnown(() => enablesLog(s)) === undefined);
        const logging = settings.filter((s) => readKnown(() => enablesLog(s)) === true);
        const settingsAt = pointerIndex(logging, "resourceUri", { peers });
        const blobsNaming = pointerIndex(blobServices, "accountName", { peers: accounts });
        const settingsOnBlob = new Map<string, Setting[]>();
        for (const s of logging) {
            for (const b of blobsOf.get(s) ?? []) {
                settingsOnBlob.set(b.urn, [...settingsOnBlob.get(b.urn) ?? [], s]);
            }
        }
        // In the settings' own order, without walking all of them for each target.
        const settingIndex = new Map(settings.map((s, i) => [s, i]));
        const candidates = (target: StackResource, type: ResourceType): Setting[] => [...new Set([
            ...logsUntold, ...settingsAt(target, type),
            ...(isStorage(type) ? blobsNaming(target, type).flatMap((b) => settingsOnBlob.get(b.urn) ?? []) : []),
        ])].sort((a, b) => (settingIndex.get(a) ?? 0) - (settingIndex.get(b) ?? 0));

        for (const type of logged.filter((t) => t.arm !== undefined && wanted.has(t.arm.toLowerCase()))) {
            ctx.each(ctx.ofType(type), (target) => {
                if (!anyOf(candidates(target, type), (s) => enablesLog(s) && targets(s, target, type))) {
                    ctx.report(target, isStorage(type) ? "noStorageAccountLogs" : "noResourceLogs");
                }
            });
        }
    },
});
