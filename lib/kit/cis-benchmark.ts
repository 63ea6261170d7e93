/**
 * CIS Microsoft Azure Foundations Benchmark v6.0.0 as data: one entry per recommendation, which policies name in
 * `frameworks.cis` (lib/kit/policy.ts) and `azure-srm coverage --cis` reports on.
 *
 * Source: the benchmark's recommendation ids, sections, profile levels, assessment status and the Azure Policy
 * definitions it cites, as compiled in a public compliance mapping of v6.0.0 (CIS publishes the benchmark itself
 * at https://www.cisecurity.org/benchmark/azure). Topics are this pack's own short wording, not CIS's titles.
 * `notDecidable` is this pack's reading of whether a program's resources can decide the recommendation:
 *
 * - `tenant`: an Entra ID or Microsoft 365 tenant setting, outside any subscription's resources;
 * - `process`: a review, a judgement ("mission-critical", "where required") or a practice people follow;
 * - `runtime`: state that exists only in the running estate (every owner of a subscription, key age);
 * - `workspace`: a setting inside a service's own data plane (a Databricks workspace's admin console);
 * - `no-sdk`: azure-native has no resource that carries the setting.
 *
 * Whether the pack covers a recommendation is not recorded here: it follows from the policies that name it.
 */

export const cisBenchmark = {
    name: "CIS Microsoft Azure Foundations Benchmark",
    version: "v6.0.0",
    url: "https://www.cisecurity.org/benchmark/azure",
};

export const notDecidableReasons = {
    "tenant": "an Entra ID or Microsoft 365 tenant setting, outside a subscription's resources",
    "process": "a review, a judgement or a practice, not a resource setting",
    "runtime": "state of the running estate, not of a program's resources",
    "workspace": "a setting inside the service's own data plane, which ARM does not manage",
    "no-sdk": "azure-native has no resource that carries the setting",
} as const;
export type NotDecidableReason = keyof typeof notDecidableReasons;

export interface CisRecommendation {
    readonly id: string;
    readonly section: string;
    /** Profile level 1 or 2. */
    readonly level: 1 | 2;
    /** CIS's assessment status: automated (true) or manual. */
    readonly automated: boolean;
    /** What it asks, in this pack's words. */
    readonly topic: string;
    /** Why a program's resources cannot decide it; absent when they can. */
    readonly notDecidable?: NotDecidableReason;
    /** Azure Policy definitions the benchmark cites for it. */
    readonly azurePolicy?: readonly string[];
}

export const cisRecommendations = [
    { id: "2.1.1", section: "Analytics Services", level: 1, automated: true, topic: "Databricks workspace injected into a customer-managed virtual network", azurePolicy: ["9c25c9e4-ee12-4882-afd2-11fb9d87893f"] },
    { id: "2.1.2", section: "Analytics Services", level: 1, automated: true, topic: "Databricks subnets have network security groups" },
    { id: "2.1.3", section: "Analytics Services", level: 2, automated: false, topic: "traffic between Databricks cluster workers is encrypted", notDecidable: "workspace" },
    { id: "2.1.4", section: "Analytics Services", level: 1, automated: false, topic: "Databricks users and groups synced from Entra ID", notDecidable: "tenant" },
    { id: "2.1.5", section: "Analytics Services", level: 1, automated: false, topic: "Unity Catalog configured for Databricks", notDecidable: "workspace" },
    { id: "2.1.6", section: "Analytics Services", level: 1, automated: false, topic: "Databricks personal access tokens restricted and expiring", notDecidable: "workspace" },
    { id: "2.1.7", section: "Analytics Services", level: 1, automated: true, topic: "Databricks diagnostic logs delivered" },
    { id: "2.1.8", section: "Analytics Services", level: 2, automated: false, topic: "Databricks data encrypted with customer-managed keys" },
    { id: "2.1.9", section: "Analytics Services", level: 1, automated: true, topic: "Databricks clusters without public IPs (secure cluster connectivity)", azurePolicy: ["51c1490f-3319-459c-bbbc-7f391bbed753"] },
    { id: "2.1.10", section: "Analytics Services", level: 1, automated: true, topic: "Databricks public network access disabled", azurePolicy: ["0e7849de-b939-4c50-ab48-fc6b0f5eeba2"] },
    { id: "2.1.11", section: "Analytics Services", level: 2, automated: true, topic: "Databricks reached through private endpoints", azurePolicy: ["258823f2-4595-4b52-b333-cc96192710d8"] },
    { id: "2.1.12", section: "Analytics Services", level: 1, automated: false, topic: "Databricks groups reviewed periodically", notDecidable: "process" },
    { id: "3.1.1", section: "Compute Services", level: 2, automated: false, topic: "only MFA-enabled identities reach privileged VMs", notDecidable: "tenant" },
    { id: "5.1.1", section: "Identity Services", level: 1, automated: true, topic: "Entra ID security defaults on", notDecidable: "tenant" },
    { id: "5.1.2", section: "Identity Services", level: 1, automated: false, topic: "MFA required to register or join devices", notDecidable: "tenant" },
    { id: "5.1.3", section: "Identity Services", level: 1, automated: true, topic: "MFA enabled for all users", notDecidable: "tenant" },
    { id: "5.1.4", section: "Identity Services", level: 1, automated: false, topic: "MFA not remembered on trusted devices", notDecidable: "tenant" },
    { id: "5.3.1", section: "Identity Services", level: 1, automated: false, topic: "admin accounts not used day to day", notDecidable: "process" },
    { id: "5.3.2", section: "Identity Services", level: 1, automated: false, topic: "guest users reviewed regularly", notDecidable: "process", azurePolicy: ["339353f6-2387-4a45-abe4-7f529d121046 94e1c2ac-cbbe-4cac-a2b5-389c812dee87 e9ac8f8e-ce22-4355-8f04-99b911d6be52"] },
    { id: "5.3.3", section: "Identity Services", level: 1, automated: true, topic: "User Access Administrator role use restricted" },
    { id: "5.3.4", section: "Identity Services", level: 1, automated: false, topic: "privileged role assignments reviewed periodically", notDecidable: "process" },
    { id: "5.3.5", section: "Identity Services", level: 1, automated: false, topic: "disabled accounts hold no read, write or owner permissions", notDecidable: "tenant", azurePolicy: ["0cfea604-3201-4e14-88fc-fae4c427a6c5 8d7e1fde-fe26-4b5f-8108-f8e432cbc2be"] },
    { id: "5.3.6", section: "Identity Services", level: 1, automated: false, topic: "Tenant Creator assignments reviewed", notDecidable: "process" },
    { id: "5.3.7", section: "Identity Services", level: 1, automated: false, topic: "non-privileged role assignments reviewed", notDecidable: "process" },
    { id: "5.4", section: "Identity Services", level: 1, automated: true, topic: "no custom subscription administrator roles", azurePolicy: ["a451c1ef-c6ca-483d-87ed-f49761e3ffb5"] },
    { id: "5.5", section: "Identity Services", level: 2, automated: false, topic: "a custom role administers resource locks", notDecidable: "process" },
    { id: "5.6", section: "Identity Services", level: 2, automated: false, topic: "no one may move subscriptions into or out of the tenant", notDecidable: "tenant" },
    { id: "5.7", section: "Identity Services", level: 1, automated: true, topic: "two or three subscription owners", notDecidable: "runtime", azurePolicy: ["09024ccc-0c5f-475e-9457-b7c0d9ed487b 4f11b553-d42e-4e3a-89be-32ca364cad4c"] },
    { id: "6.1.1.1", section: "Management and Governance Services", level: 1, automated: true, topic: "a diagnostic setting exports the subscription activity log" },
    { id: "6.1.1.2", section: "Management and Governance Services", level: 1, automated: true, topic: "the activity log diagnostic setting captures the needed categories", azurePolicy: ["3b980d31-7904-4bb7-8575-5665739a8052 b954148f-4c11-4c38-8221-be76711e194a c5447c04-a4d7-4ba8-a263-c9ee321a6858"] },
    { id: "6.1.1.3", section: "Management and Governance Services", level: 2, automated: false, topic: "the storage account holding activity logs uses a customer-managed key", azurePolicy: ["fbb99e8e-e444-4da0-9ff1-75c92f5a85b2"] },
    { id: "6.1.1.4", section: "Management and Governance Services", level: 1, automated: true, topic: "Key Vault logging enabled", azurePolicy: ["cf820ca0-f99e-4f3e-84fb-66e913812d21"] },
    { id: "6.1.1.5", section: "Management and Governance Services", level: 2, automated: false, topic: "NSG flow logs sent to Log Analytics", azurePolicy: ["27960feb-a23c-4577-8d36-ef8b5f35e0be 4c3c6c5f-0d47-4402-99b8-aa543dd8bcee c251913d-7d24-4958-af87-478ed3b9ba41"] },
    { id: "6.1.1.6", section: "Management and Governance Services", level: 2, automated: false, topic: "virtual network flow logs sent to Log Analytics", azurePolicy: ["2f080164-9f4d-497e-9db6-416dc9f7b48a 4c3c6c5f-0d47-4402-99b8-aa543dd8bcee"] },
    { id: "6.1.1.7", section: "Management and Governance Services", level: 2, automated: false, topic: "Entra diagnostic setting sends Microsoft Graph activity logs", notDecidable: "tenant" },
    { id: "6.1.1.8", section: "Management and Governance Services", level: 2, automated: false, topic: "Entra diagnostic setting sends Entra activity logs", notDecidable: "tenant" },
    { id: "6.1.1.9", section: "Management and Governance Services", level: 2, automated: false, topic: "Intune logs sent to Log Analytics", notDecidable: "tenant" },
    { id: "6.1.2.1", section: "Management and Governance Services", level: 1, automated: true, topic: "activity log alert for creating policy assignments", azurePolicy: ["c5447c04-a4d7-4ba8-a263-c9ee321a6858"] },
    { id: "6.1.2.2", section: "Management and Governance Services", level: 1, automated: true, topic: "activity log alert for deleting policy assignments", azurePolicy: ["c5447c04-a4d7-4ba8-a263-c9ee321a6858"] },
    { id: "6.1.2.3", section: "Management and Governance Services", level: 1, automated: true, topic: "activity log alert for creating or updating NSGs", azurePolicy: ["b954148f-4c11-4c38-8221-be76711e194a"] },
    { id: "6.1.2.4", section: "Management and Governance Services", level: 1, automated: true, topic: "activity log alert for deleting NSGs", azurePolicy: ["b954148f-4c11-4c38-8221-be76711e194a"] },
    { id: "6.1.2.5", section: "Management and Governance Services", level: 1, automated: true, topic: "activity log alert for creating or updating security solutions", azurePolicy: ["b954148f-4c11-4c38-8221-be76711e194a"] },
    { id: "6.1.2.6", section: "Management and Governance Services", level: 1, automated: true, topic: "activity log alert for deleting security solutions", azurePolicy: ["b954148f-4c11-4c38-8221-be76711e194a"] },
    { id: "6.1.2.7", section: "Management and Governance Services", level: 1, automated: true, topic: "activity log alert for creating or updating SQL firewall rules", azurePolicy: ["b954148f-4c11-4c38-8221-be76711e194a"] },
    { id: "6.1.2.8", section: "Management and Governance Services", level: 1, automated: true, topic: "activity log alert for deleting SQL firewall rules", azurePolicy: ["b954148f-4c11-4c38-8221-be76711e194a"] },
    { id: "6.1.2.9", section: "Management and Governance Services", level: 1, automated: true, topic: "activity log alert for creating or updating public IPs", azurePolicy: ["1513498c-3091-461a-b321-e9b433218d28"] },
    { id: "6.1.2.10", section: "Management and Governance Services", level: 1, automated: true, topic: "activity log alert for deleting public IPs", azurePolicy: ["1513498c-3091-461a-b321-e9b433218d28"] },
    { id: "6.1.2.11", section: "Management and Governance Services", level: 1, automated: true, topic: "activity log alert for Service Health" },
    { id: "6.1.3.1", section: "Management and Governance Services", level: 2, automated: true, topic: "Application Insights configured" },
    { id: "6.1.4", section: "Management and Governance Services", level: 1, automated: false, topic: "resource logs enabled for every service that has them", azurePolicy: ["057ef27e-665e-4328-8ea3-04b3122bd9fb 34f95f76-5386-4de7-b824-0d8478470c9d 383856f8-de7f-44a2-81fc-e5135b5c2aa4 428256e6-1fac-4f48-a757-df34c2b3336d 83a214f7-d01a-484b-91a9-ed54470c9a6a 91a78b24-f231-4a8a-8da9-02c35b2b6510 b4330a05-a843-4bc8-bf9a-cacce50c67f4 c95c74d9-38fe-4f0d-af86-0c7d626a315c cf820ca0-f99e-4f3e-84fb-66e913812d21 f8d36e2f-389b-4ee4-898d-21aeb69a0f45 f9be5368-9bf5-4b84-9e0a-7850da98bb46"] },
    { id: "6.1.5", section: "Management and Governance Services", level: 2, automated: false, topic: "no Basic, Free or Consumption SKUs for production workloads that need monitoring and an SLA", notDecidable: "process" },
    { id: "6.2", section: "Management and Governance Services", level: 2, automated: false, topic: "resource locks on mission-critical resources", notDecidable: "process" },
    { id: "7.1", section: "Networking Services", level: 1, automated: true, topic: "RDP from the Internet restricted", azurePolicy: ["22730e10-96f6-4aac-ad84-9383d35b5917"] },
    { id: "7.2", section: "Networking Services", level: 1, automated: true, topic: "SSH from the Internet restricted", azurePolicy: ["22730e10-96f6-4aac-ad84-9383d35b5917"] },
    { id: "7.3", section: "Networking Services", level: 1, automated: true, topic: "UDP from the Internet restricted" },
    { id: "7.4", section: "Networking Services", level: 1, automated: true, topic: "HTTP(S) from the Internet restricted" },
    { id: "7.5", section: "Networking Services", level: 2, automated: true, topic: "NSG flow log retention of at least 90 days" },
    { id: "7.6", section: "Networking Services", level: 2, automated: true, topic: "Network Watcher enabled in the regions in use", notDecidable: "runtime", azurePolicy: ["b6e2945c-0b7b-40f5-9233-7a5323b5cdc6"] },
    { id: "7.7", section: "Networking Services", level: 1, automated: false, topic: "public IP addresses evaluated periodically", notDecidable: "process" },
    { id: "7.8", section: "Networking Services", level: 2, automated: true, topic: "virtual network flow log retention of at least 90 days" },
    { id: "7.9", section: "Networking Services", level: 2, automated: true, topic: "VPN gateway point-to-site authenticates with Entra ID only" },
    { id: "7.10", section: "Networking Services", level: 2, automated: true, topic: "WAF enabled on Application Gateway" },
    { id: "7.11", section: "Networking Services", level: 1, automated: true, topic: "subnets associated with network security groups" },
    { id: "7.12", section: "Networking Services", level: 1, automated: true, topic: "Application Gateway SSL policy minimum TLS 1.2" },
    { id: "7.13", section: "Networking Services", level: 1, automated: true, topic: "HTTP/2 enabled on Application Gateway" },
    { id: "7.14", section: "Networking Services", level: 2, automated: true, topic: "WAF request body inspection enabled on Application Gateway" },
    { id: "7.15", section: "Networking Services", level: 2, automated: true, topic: "WAF bot protection enabled on Application Gateway" },
    { id: "7.16", section: "Networking Services", level: 2, automated: false, topic: "network security perimeter secures PaaS resources", notDecidable: "process" },
    { id: "8.1.1.1", section: "Security Services", level: 2, automated: true, topic: "Defender CSPM on", azurePolicy: ["1f90fc71-a595-4066-8974-d4d0802e8ef0"] },
    { id: "8.1.2.1", section: "Security Services", level: 2, automated: true, topic: "Defender for APIs on", azurePolicy: ["2913021d-f2fd-4f3d-b958-22354e2bdbcb"] },
    { id: "8.1.3.1", section: "Security Services", level: 2, automated: true, topic: "Defender for Servers on", azurePolicy: ["4da35fc9-c9e7-4960-aec9-797fe7d9051d"] },
    { id: "8.1.3.2", section: "Security Services", level: 2, automated: false, topic: "Defender for Servers vulnerability assessment on" },
    { id: "8.1.3.3", section: "Security Services", level: 2, automated: true, topic: "Defender for Servers endpoint protection on", notDecidable: "no-sdk" },
    { id: "8.1.3.4", section: "Security Services", level: 2, automated: false, topic: "Defender for Servers agentless scanning on" },
    { id: "8.1.3.5", section: "Security Services", level: 2, automated: false, topic: "Defender for Servers file integrity monitoring on" },
    { id: "8.1.4.1", section: "Security Services", level: 2, automated: true, topic: "Defender for Containers on", azurePolicy: ["1c988dd6-ade4-430f-a608-2a3e5b0a6d38"] },
    { id: "8.1.5.1", section: "Security Services", level: 2, automated: true, topic: "Defender for Storage on", azurePolicy: ["640d2586-54d2-465f-877f-9ffc1d2109f4"] },
    { id: "8.1.5.2", section: "Security Services", level: 2, automated: false, topic: "storage threat protection alerts monitored", notDecidable: "process" },
    { id: "8.1.6.1", section: "Security Services", level: 2, automated: true, topic: "Defender for App Service on", azurePolicy: ["2913021d-f2fd-4f3d-b958-22354e2bdbcb"] },
    { id: "8.1.7.1", section: "Security Services", level: 2, automated: true, topic: "Defender for Cosmos DB on", azurePolicy: ["adbe85b5-83e6-4350-ab58-bf3a4f736e5e"] },
    { id: "8.1.7.2", section: "Security Services", level: 2, automated: true, topic: "Defender for open-source relational databases on", azurePolicy: ["0a9fbe0d-c5c4-4da8-87d8-f4fd77338835"] },
    { id: "8.1.7.3", section: "Security Services", level: 2, automated: true, topic: "Defender for Azure SQL databases on", azurePolicy: ["7fe3b40f-802b-4cdd-8bd4-fd799c948cc2 abfb7388-5bf4-4ad7-ba99-2cd2f41cebb9"] },
    { id: "8.1.7.4", section: "Security Services", level: 2, automated: true, topic: "Defender for SQL servers on machines on", azurePolicy: ["6581d072-105e-4418-827f-bd446d56421b abfb4388-5bf4-4ad7-ba82-2cd2f41ceae9"] },
    { id: "8.1.8.1", section: "Security Services", level: 2, automated: true, topic: "Defender for Key Vault on", azurePolicy: ["0e6763cc-5078-4e64-889d-ff4d9a839047"] },
    { id: "8.1.9.1", section: "Security Services", level: 2, automated: true, topic: "Defender for Resource Manager on", azurePolicy: ["c3d20c29-b36d-48fe-808b-99a87530ad99"] },
    { id: "8.1.10", section: "Security Services", level: 1, automated: true, topic: "Defender for Cloud checks VM operating systems for updates", azurePolicy: ["bd876905-5b84-4f73-ab2d-2e7a7c4568d9 f85bf3e0-d513-442e-89c3-1784ad63382b"] },
    { id: "8.1.11", section: "Security Services", level: 1, automated: false, topic: "benchmark policies of the default initiative not disabled", notDecidable: "runtime" },
    { id: "8.1.12", section: "Security Services", level: 1, automated: true, topic: "security alerts go to subscription owners" },
    { id: "8.1.13", section: "Security Services", level: 1, automated: true, topic: "a security contact email configured", azurePolicy: ["4f4f78b8-e367-4b10-a341-d9a4ad5cf1c7"] },
    { id: "8.1.14", section: "Security Services", level: 1, automated: true, topic: "alert notifications by severity enabled", azurePolicy: ["6e2593d9-add6-4083-9c9b-4b7d2188c899"] },
    { id: "8.1.15", section: "Security Services", level: 1, automated: true, topic: "attack path notifications by risk level enabled" },
    { id: "8.1.16", section: "Security Services", level: 2, automated: false, topic: "Defender External Attack Surface Management enabled", notDecidable: "process" },
    { id: "8.2.1", section: "Security Services", level: 2, automated: false, topic: "Defender for IoT Hub on" },
    { id: "8.3.1", section: "Security Services", level: 1, automated: true, topic: "expiration date on keys (RBAC vaults)", azurePolicy: ["152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0"] },
    { id: "8.3.2", section: "Security Services", level: 1, automated: true, topic: "expiration date on keys (access-policy vaults)", azurePolicy: ["152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0"] },
    { id: "8.3.3", section: "Security Services", level: 1, automated: true, topic: "expiration date on secrets (RBAC vaults)", azurePolicy: ["98728c90-32c7-4049-8429-847dc0f4fe37"] },
    { id: "8.3.4", section: "Security Services", level: 1, automated: true, topic: "expiration date on secrets (access-policy vaults)", azurePolicy: ["98728c90-32c7-4049-8429-847dc0f4fe37"] },
    { id: "8.3.5", section: "Security Services", level: 1, automated: true, topic: "Key Vault purge protection enabled" },
    { id: "8.3.6", section: "Security Services", level: 2, automated: true, topic: "Key Vault RBAC authorization enabled", azurePolicy: ["12d4fa5e-1f9f-4c21-97a9-b99b3c6611b5"] },
    { id: "8.3.7", section: "Security Services", level: 1, automated: true, topic: "Key Vault public network access disabled" },
    { id: "8.3.8", section: "Security Services", level: 2, automated: true, topic: "Key Vault reached through private endpoints", azurePolicy: ["a6abeaec-4d90-4a02-805f-6b26c4d3fbe9"] },
    { id: "8.3.9", section: "Security Services", level: 2, automated: true, topic: "automatic key rotation enabled", azurePolicy: ["d8cf8476-a2ec-4916-896e-992351803c44"] },
    { id: "8.3.10", section: "Security Services", level: 2, automated: false, topic: "Managed HSM used where required", notDecidable: "process" },
    { id: "8.3.11", section: "Security Services", level: 1, automated: true, topic: "certificate validity of 12 months or less", notDecidable: "no-sdk" },
    { id: "8.4.1", section: "Security Services", level: 2, automated: true, topic: "an Azure Bastion host exists" },
    { id: "8.5", section: "Security Services", level: 2, automated: true, topic: "DDoS Network Protection enabled on virtual networks" },
    { id: "9.1.1", section: "Storage Services", level: 1, automated: true, topic: "soft delete for Azure file shares" },
    { id: "9.1.2", section: "Storage Services", level: 1, automated: true, topic: "SMB 3.1.1 or later for SMB file shares" },
    { id: "9.1.3", section: "Storage Services", level: 1, automated: true, topic: "SMB channel encryption AES-256-GCM or stronger" },
    { id: "9.2.1", section: "Storage Services", level: 1, automated: true, topic: "soft delete for blobs" },
    { id: "9.2.2", section: "Storage Services", level: 1, automated: true, topic: "soft delete for containers" },
    { id: "9.2.3", section: "Storage Services", level: 2, automated: true, topic: "blob versioning enabled", azurePolicy: ["c36a325b-ae04-4863-ad4f-19c6678f8e08"] },
    { id: "9.3.1.1", section: "Storage Services", level: 1, automated: true, topic: "storage key rotation reminders enabled", azurePolicy: ["044985bb-afe1-42cd-8a36-9d5d42424537"] },
    { id: "9.3.1.2", section: "Storage Services", level: 1, automated: true, topic: "storage access keys regenerated periodically", notDecidable: "runtime", azurePolicy: ["044985bb-afe1-42cd-8a36-9d5d42424537"] },
    { id: "9.3.1.3", section: "Storage Services", level: 1, automated: true, topic: "storage account key access disabled", azurePolicy: ["8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54"] },
    { id: "9.3.2.1", section: "Storage Services", level: 2, automated: true, topic: "storage accounts reached through private endpoints", azurePolicy: ["6edd7eda-6dd8-40f7-810d-67160c639cd9"] },
    { id: "9.3.2.2", section: "Storage Services", level: 1, automated: true, topic: "storage public network access disabled", azurePolicy: ["b2982f36-99f2-4db5-8eff-283140c09693"] },
    { id: "9.3.2.3", section: "Storage Services", level: 1, automated: true, topic: "storage default network action Deny", azurePolicy: ["2a1a9cdf-e04d-429a-8416-3bfb72a1b26f 34c877ad-507e-4c82-993e-3452a6e0ad3c"] },
    { id: "9.3.3.1", section: "Storage Services", level: 1, automated: true, topic: "storage defaults to Entra authorization in the portal" },
    { id: "9.3.4", section: "Storage Services", level: 1, automated: true, topic: "storage secure transfer required", azurePolicy: ["404c3081-a854-4457-ae30-26a93ef643f9"] },
    { id: "9.3.5", section: "Storage Services", level: 2, automated: true, topic: "trusted Microsoft services allowed through the storage firewall", azurePolicy: ["c9d007d0-c057-4772-b18c-01e546713bcd"] },
    { id: "9.3.6", section: "Storage Services", level: 1, automated: true, topic: "storage minimum TLS 1.2", azurePolicy: ["fe83a0eb-a853-422d-aac2-1bffd182c5d0"] },
    { id: "9.3.7", section: "Storage Services", level: 1, automated: true, topic: "storage cross-tenant replication disabled", azurePolicy: ["92a89a79-6c52-4a7e-a03f-61306fc49312"] },
    { id: "9.3.8", section: "Storage Services", level: 1, automated: true, topic: "storage blob anonymous access disabled", azurePolicy: ["4fa4b6c0-31ca-4c0d-b10d-24b96f62a751"] },
    { id: "9.3.9", section: "Storage Services", level: 1, automated: false, topic: "delete locks on storage accounts" },
    { id: "9.3.10", section: "Storage Services", level: 2, automated: false, topic: "read-only locks considered for storage accounts", notDecidable: "process" },
    { id: "9.3.11", section: "Storage Services", level: 2, automated: true, topic: "geo-redundant storage for critical accounts", notDecidable: "process", azurePolicy: ["bf045164-79ba-4215-8f95-f8048dc1780b"] },
] as const satisfies readonly CisRecommendation[];

/** A recommendation id of CIS v6.0.0: a typo or an id of an older version of the benchmark does not compile. */
export type CisId = (typeof cisRecommendations)[number]["id"];

const byId = new Map<string, CisRecommendation>(cisRecommendations.map((r) => [r.id, r]));

export function cisRecommendation(id: string): CisRecommendation | undefined {
    return byId.get(id);
}
