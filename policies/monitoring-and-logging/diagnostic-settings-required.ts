import type { PolicyResource } from "@pulumi/policy";
import { catalog, ResourceType } from "../../lib/model";
import { stackPolicy } from "../../lib/policy";
import { anyOf, azureResources, dependsOn, namesTarget, pointsAt } from "../../lib/stack";

/**
 * Types with security-relevant resource logs, each checked by Azure Policy's MCSB initiative ("Resource logs in
 * ... should be enabled"). SQL servers are not here: Microsoft.Sql/servers has no log categories of its own (its
 * audit trail is the auditing setting, see sql-server-auditing).
 */
const logged = [catalog.keyVault, catalog.storageAccount, catalog.managedCluster, catalog.webApp,
    catalog.networkSecurityGroup, catalog.eventHubNamespace, catalog.serviceBusNamespace,
    catalog.cognitiveServicesAccount];

/** A storage account logs per service: its account-level setting carries metrics only. */
const storageServices = ["/blobServices/default", "/fileServices/default", "/queueServices/default", "/tableServices/default"];

export default stackPolicy<{ resourceTypes: string[] }>({
    name: "diagnostic-settings-required",
    description: "Key vaults, storage accounts, AKS clusters, web apps, NSGs, Event Hubs and Service Bus namespaces " +
        "and AI services accounts each have a diagnostic setting that enables at least one resource log category.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-3", "DP-8"] },
    remediation: "Add a monitor DiagnosticSetting with resourceUri set to the resource's id (for a storage account, " +
        "its blob service: `${account.id}/blobServices/default`), a destination such as workspaceId, and logs " +
        "[{ categoryGroup: \"allLogs\", enabled: true }]. Narrow the checked types with resourceTypes.",
    config: {
        resourceTypes: {
            type: "array", items: { type: "string" }, default: logged.map((t) => t.arm!),
            description: "ARM resource types that must have a diagnostic setting (a subset of the default list).",
        },
    },
    resources: [...logged, catalog.diagnosticSetting],
    check: (ctx) => {
        const wanted = new Set(ctx.config.resourceTypes.map((t) => t.toLowerCase()));
        const settings = ctx.ofType(catalog.diagnosticSetting);
        const blobServices = ctx.ofType(catalog.blobServiceProperties);
        const accounts = ctx.ofType(catalog.storageAccount);
        const peers = azureResources(ctx.resources);

        // A setting on the account's BlobServiceProperties resource (resourceUri: blobService.id) also counts.
        const viaBlobService = (setting: PolicyResource, account: PolicyResource) => anyOf(blobServices, (b) =>
            dependsOn(setting, "resourceUri", b) && namesTarget(b, "accountName", account, catalog.storageAccount, accounts));
        const targets = (setting: PolicyResource, target: PolicyResource, type: ResourceType) =>
            pointsAt(setting, "resourceUri", target, type, { peers, under: type === catalog.storageAccount ? storageServices : [] }) ||
            (type === catalog.storageAccount && viaBlobService(setting, target));
        const enablesLog = (setting: PolicyResource) => anyOf(setting.props.logs ?? [], (log: any) => log.enabled === true);

        for (const type of logged.filter((t) => wanted.has(t.arm!.toLowerCase()))) {
            ctx.each(ctx.ofType(type), (target) => {
                if (!anyOf(settings, (s) => enablesLog(s) && targets(s, target, type))) {
                    ctx.report(`No diagnostic setting enables resource logs for this ${type.service} resource: add a ` +
                        `DiagnosticSetting whose resourceUri is its id${type === catalog.storageAccount ? " or its blob service's" : ""}, ` +
                        "with at least one log category enabled.", target.urn);
                }
            });
        }
    },
});
