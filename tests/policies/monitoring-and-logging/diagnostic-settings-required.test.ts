import { BatchAccount } from "@pulumi/azure-native/batch";
import { Workspace as DatabricksWorkspace } from "@pulumi/azure-native/databricks";
import { IotHubResource } from "@pulumi/azure-native/iothub";
import { Vault } from "@pulumi/azure-native/keyvault";
import { Workflow } from "@pulumi/azure-native/logic";
import { Workspace as MachineLearningWorkspace } from "@pulumi/azure-native/machinelearningservices";
import { DiagnosticSetting, DiagnosticSettingArgs } from "@pulumi/azure-native/monitor";
import { NetworkSecurityGroup } from "@pulumi/azure-native/network";
import { ResourceGroup } from "@pulumi/azure-native/resources";
import { Service as SearchService } from "@pulumi/azure-native/search";
import { Database } from "@pulumi/azure-native/sql";
import { BlobServiceProperties, StorageAccount } from "@pulumi/azure-native/storage";
import { StreamingJob } from "@pulumi/azure-native/streamanalytics";
import { AppServicePlan } from "@pulumi/azure-native/web";
import policy from "../../../policies/monitoring-and-logging/diagnostic-settings-required";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const providers = "/subscriptions/s/resourceGroups/rg/providers";
const vault = (name: string, vaultName: string): StackTestResource => ({
    name, ...resource(Vault, { ...rg, vaultName, properties: { tenantId: "t", sku: { family: "A", name: "standard" } } }),
});
const account = (name: string, accountName: string): StackTestResource => ({
    name, ...resource(StorageAccount, { ...rg, accountName, kind: "StorageV2", sku: { name: "Standard_LRS" } }),
});
const allLogs = [{ categoryGroup: "allLogs", enabled: true }];
/** A diagnostic setting sending all logs to a workspace; `resourceUri` and its dependencies vary. */
const setting = (name: string, resourceUri: string, dependsOn?: string[], logs: DiagnosticSettingArgs["logs"] = allLogs): StackTestResource => ({
    name, ...resource(DiagnosticSetting, { resourceUri, workspaceId: `${providers}/Microsoft.OperationalInsights/workspaces/law`, logs }),
    ...(dependsOn ? { dependsOn: { resourceUri: dependsOn } } : {}),
});

/** The same setting as a stack policy sees it after an update: outputs, which carry no resourceUri input. */
const asOutputs = (r: StackTestResource): StackTestResource => {
    const { resourceUri, ...outputs } = r.props;
    void resourceUri;
    return { ...r, props: { ...outputs, name: r.name } };
};

testStackPolicy(policy, {
    valid: [
        {
            name: "after an update: outputs without resourceUri, matched by the recorded property dependency",
            resources: [vault("kv", "kv-app"), asOutputs(setting("kv-diag", `${providers}/Microsoft.KeyVault/vaults/kv-app`, ["kv"]))],
        },
        {
            name: "first preview: the setting's resourceUri is unknown and depends on the vault",
            resources: [vault("kv", "kv-app"), setting("kv-diag", unknown(), ["kv"])],
        },
        {
            name: "known ids: the setting's resourceUri is the vault's ARM id",
            resources: [vault("kv", "kv-app"), setting("kv-diag", `${providers}/Microsoft.KeyVault/vaults/kv-app`)],
        },
        {
            name: "storage: a setting on the blob service, by known id and through a BlobServiceProperties resource",
            resources: [
                account("st1", "stapp1"), setting("st1-diag", `${providers}/Microsoft.Storage/storageAccounts/stapp1/blobServices/default`),
                account("st2", "stapp2"),
                { name: "blob2", ...resource(BlobServiceProperties, { ...rg, accountName: unknown() }), dependsOn: { accountName: ["st2"] } },
                setting("st2-diag", unknown(), ["blob2"]),
            ],
        },
        {
            name: "types narrowed by config: an NSG without a setting is not checked",
            config: { resourceTypes: ["Microsoft.KeyVault/vaults"] },
            resources: [{ name: "nsg", ...resource(NetworkSecurityGroup, rg) }],
        },
    ],
    invalid: [
        {
            name: "AI Search, Machine Learning, Databricks, IoT Hub, Stream Analytics, Logic Apps and Batch, one with a setting",
            resources: [
                { name: "search", ...resource(SearchService, rg) },
                { name: "ml", ...resource(MachineLearningWorkspace, rg) },
                { name: "dbw", ...resource(DatabricksWorkspace, { ...rg, managedResourceGroupId: "/subscriptions/s/resourceGroups/dbw-managed" }) },
                { name: "iot", ...resource(IotHubResource, { ...rg, sku: { name: "S1", capacity: 1 } }) },
                { name: "asa", ...resource(StreamingJob, rg) },
                { name: "flow", ...resource(Workflow, rg) },
                { name: "batch", ...resource(BatchAccount, rg) },
                setting("batch-diag", unknown(), ["batch"]),
            ],
            violations: ["search", "ml", "dbw", "iot", "asa", "flow"].map((r) => ({ resource: r, message: "noResourceLogs" as const })),
        },
        {
            name: "a vault without any diagnostic setting",
            resources: [vault("kv", "kv-app")],
            violations: [{ resource: "kv", message: "noResourceLogs" }],
        },
        {
            name: "first preview: the only setting depends on another vault",
            resources: [vault("kv1", "kv-one"), vault("kv2", "kv-two"), setting("kv1-diag", unknown(), ["kv1"])],
            violations: [{ resource: "kv2", message: "noResourceLogs" }],
        },
        {
            name: "first preview: a setting on a SQL database does not cover the NSG",
            resources: [
                { name: "nsg", ...resource(NetworkSecurityGroup, rg) },
                { name: "db", ...resource(Database, { ...rg, serverName: "sql" }) },
                setting("db-diag", unknown(), ["db"]),
            ],
            violations: [{ resource: "nsg", message: "noResourceLogs" }],
        },
        {
            name: "first preview: a setting on a resource the catalog does not know (an App Service plan) covers nothing else",
            resources: [
                vault("kv", "kv-app"),
                { name: "plan", ...resource(AppServicePlan, { ...rg }) },
                setting("plan-diag", unknown(), ["plan"], [{ category: "AllMetrics", enabled: true }]),
                setting("plan-logs", unknown(), ["plan"]),
            ],
            violations: [{ resource: "kv", message: "noResourceLogs" }],
        },
        {
            name: "a setting that enables metrics only, no log category",
            resources: [vault("kv", "kv-app"), setting("kv-diag", unknown(), ["kv"], [{ categoryGroup: "allLogs", enabled: false }])],
            violations: [{ resource: "kv", message: "noResourceLogs" }],
        },
        {
            name: "known ids: the setting targets another storage account",
            resources: [account("st", "stapp"), setting("diag", `${providers}/Microsoft.Storage/storageAccounts/other/blobServices/default`)],
            violations: [{ resource: "st", message: "noStorageAccountLogs" }],
        },
    ],
    undecided: [
        {
            name: "outputs without resourceUri and no recorded dependency: the target cannot be told",
            resources: [vault("kv", "kv-app"), asOutputs(setting("kv-diag", `${providers}/Microsoft.KeyVault/vaults/kv-app`))],
        },
        {
            name: "the setting's resourceUri is unknown and depends on nothing: it may target the vault",
            resources: [vault("kv", "kv-app"), setting("diag", unknown())],
        },
        {
            name: "the setting's resourceUri is built from the resource group's id and a name",
            resources: [vault("kv", "kv-app"), { name: "group", ...resource(ResourceGroup, {}) }, setting("diag", unknown(), ["group"])],
        },
        {
            name: "the setting targets the vault but its logs are unknown",
            resources: [vault("kv", "kv-app"), setting("kv-diag", unknown(), ["kv"], unknown())],
        },
    ],
});
