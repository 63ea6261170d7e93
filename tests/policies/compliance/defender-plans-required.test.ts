import { Pricing, PricingArgs, SecurityContact } from "@pulumi/azure-native/security";
import policy from "../../../policies/compliance/defender-plans-required";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const subscription = "/subscriptions/00000000-0000-0000-0000-000000000000";
const plan = (name: string, pricingName: PricingArgs["pricingName"], more: Partial<PricingArgs> = {}): StackTestResource => ({
    name, ...resource(Pricing, { scopeId: subscription, pricingName, pricingTier: "Standard", ...more }),
});
const storageV2: Partial<PricingArgs> = {
    subPlan: "DefenderForStorageV2",
    extensions: [{ name: "OnUploadMalwareScanning", isEnabled: "True" }, { name: "SensitiveDataDiscovery", isEnabled: "True" }],
};
const serversP2: Partial<PricingArgs> = {
    subPlan: "P2",
    extensions: [
        { name: "AgentlessVmScanning", isEnabled: "True" }, { name: "MdeDesignatedSubscription", isEnabled: "False" },
        { name: "FileIntegrityMonitoring", isEnabled: "True", additionalExtensionProperties: { DefinedWorkspaceId: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law" } },
    ],
};
/** The MCSB reading: the plans the initiative audits, the servers plan alone. */
const mcsbOnly = { plans: ["Api", "AppServices", "Arm", "CloudPosture", "Containers", "KeyVaults", "OpenSourceRelationalDatabases",
    "SqlServers", "SqlServerVirtualMachines", "StorageAccounts", "VirtualMachines"], serverExtensions: [] };
const allPlans = [
    plan("api", "Api"), plan("app-services", "AppServices"), plan("arm", "Arm"), plan("cspm", "CloudPosture"),
    plan("containers", "Containers"), plan("key-vaults", "KeyVaults"), plan("oss-db", "OpenSourceRelationalDatabases"),
    plan("sql", "SqlServers"), plan("sql-vms", "SqlServerVirtualMachines"), plan("storage", "StorageAccounts", storageV2),
    plan("servers", "VirtualMachines", serversP2), plan("cosmos", "CosmosDbs"),
];
const contact: StackTestResource = {
    name: "contact", ...resource(SecurityContact, { securityContactName: "default", emails: "secops@contoso.com", isEnabled: true }),
};
const vmScope = `${subscription}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1`;
const required = { requireInStack: true };

testStackPolicy(policy, {
    valid: [
        {
            name: "every plan the initiative audits and CosmosDbs, on Standard, Defender for Storage with both extensions, Defender for Servers P2 with both components",
            resources: allPlans,
        },
        {
            name: "the MCSB reading: the initiative's plans, the servers plan without components",
            config: { ...mcsbOnly, ...required },
            resources: [...allPlans.filter((p) => p.name !== "cosmos" && p.name !== "servers"), plan("servers", "VirtualMachines")],
        },
        { name: "in lower case, as the API accepts it", config: { plans: ["KeyVaults"] }, resources: [plan("kv", "keyvaults", { pricingTier: "standard" })] },
        {
            name: "Defender for Servers with file integrity monitoring; agentless scanning left to Plan 2's default (on)",
            config: { plans: ["VirtualMachines"] },
            resources: [plan("servers", "VirtualMachines", { extensions: [{ name: "FileIntegrityMonitoring", isEnabled: "True" }] })],
        },
        {
            name: "plans narrowed by config; a plan outside them may be Free",
            config: { plans: ["VirtualMachines"], ...required },
            resources: [plan("servers", "VirtualMachines", serversP2), plan("dns", "Dns", { pricingTier: "Free" })],
        },
        {
            name: "a resource-level Free pricing (an exemption) beside the subscription's plan",
            config: { plans: ["VirtualMachines"], ...required },
            resources: [plan("servers", "VirtualMachines", serversP2), plan("vm1-exempt", "VirtualMachines", { scopeId: vmScope, pricingTier: "Free" })],
        },
    ],
    invalid: [
        {
            name: "required here: only the servers plan is declared",
            config: required,
            resources: [plan("servers", "VirtualMachines", serversP2)],
            violations: [{ resource: "servers", message: { id: "plansMissing", data: { plans: ["Api", "AppServices", "Arm",
                "CloudPosture", "Containers", "KeyVaults", "OpenSourceRelationalDatabases", "SqlServers", "SqlServerVirtualMachines",
                "StorageAccounts", "CosmosDbs"] } } }],
        },
        {
            name: "required here, the MCSB reading: only the servers plan is declared",
            config: { ...mcsbOnly, ...required },
            resources: [plan("servers", "VirtualMachines")],
            violations: [{ resource: "servers", message: { id: "plansMissing", data: { plans: ["Api", "AppServices", "Arm",
                "CloudPosture", "Containers", "KeyVaults", "OpenSourceRelationalDatabases", "SqlServers", "SqlServerVirtualMachines",
                "StorageAccounts"] } } }],
        },
        {
            name: "Defender for Servers without components (Plan 1)",
            config: { plans: ["VirtualMachines"] },
            resources: [plan("servers", "VirtualMachines", { subPlan: "P1" })],
            violations: [
                { resource: "servers", message: { id: "serverExtensionOff", data: { extension: "AgentlessVmScanning" } } },
                { resource: "servers", message: { id: "serverExtensionOff", data: { extension: "FileIntegrityMonitoring" } } },
            ],
        },
        {
            name: "Defender for Servers P2 with file integrity monitoring off",
            config: { plans: ["VirtualMachines"] },
            resources: [plan("servers", "VirtualMachines", {
                subPlan: "P2",
                extensions: [{ name: "AgentlessVmScanning", isEnabled: "True" }, { name: "FileIntegrityMonitoring", isEnabled: "False" }],
            })],
            violations: [{ resource: "servers", message: { id: "serverExtensionOff", data: { extension: "FileIntegrityMonitoring" } } }],
        },
        {
            name: "Defender for Servers P2 with agentless scanning turned off, file integrity monitoring not listed",
            config: { plans: ["VirtualMachines"] },
            resources: [plan("servers", "VirtualMachines", { subPlan: "P2", extensions: [{ name: "AgentlessVmScanning", isEnabled: "False" }] })],
            violations: [
                { resource: "servers", message: { id: "serverExtensionOff", data: { extension: "AgentlessVmScanning" } } },
                { resource: "servers", message: { id: "serverExtensionOff", data: { extension: "FileIntegrityMonitoring" } } },
            ],
        },
        {
            name: "required here: a stack with only the security contact",
            config: { plans: ["KeyVaults"], ...required },
            resources: [contact],
            violations: [{ resource: "contact", message: { id: "plansMissing", data: { plans: ["KeyVaults"] } } }],
        },
        {
            name: "required here: a pricing for one VM is not the subscription's plan",
            config: { plans: ["VirtualMachines"], ...required },
            resources: [plan("vm1", "VirtualMachines", { scopeId: vmScope })],
            violations: [{ resource: "vm1", message: { id: "plansMissing", data: { plans: ["VirtualMachines"] } } }],
        },
        {
            name: "a declared plan on the Free tier",
            config: { plans: ["KeyVaults"] },
            resources: [plan("kv", "KeyVaults", { pricingTier: "Free" })],
            violations: [{ resource: "kv", message: "notStandard" }],
        },
        {
            name: "Defender for Storage: the classic sub-plan, sensitive data discovery off",
            config: { plans: ["StorageAccounts"] },
            resources: [plan("storage", "StorageAccounts", {
                subPlan: "PerTransaction",
                extensions: [{ name: "OnUploadMalwareScanning", isEnabled: "True" }, { name: "SensitiveDataDiscovery", isEnabled: "False" }],
            })],
            violations: [
                { resource: "storage", message: "storageNotV2" },
                { resource: "storage", message: { id: "storageExtensionOff", data: { extension: "SensitiveDataDiscovery" } } },
            ],
        },
        {
            name: "Defender for Storage without extensions",
            config: { plans: ["StorageAccounts"] },
            resources: [plan("storage", "StorageAccounts", { subPlan: "DefenderForStorageV2" })],
            violations: [
                { resource: "storage", message: { id: "storageExtensionOff", data: { extension: "OnUploadMalwareScanning" } } },
                { resource: "storage", message: { id: "storageExtensionOff", data: { extension: "SensitiveDataDiscovery" } } },
            ],
        },
    ],
    undecided: [
        { name: "by default, plans another stack may declare", resources: [plan("servers", "VirtualMachines", serversP2)] },
        {
            name: "a server component's flag from config",
            config: { plans: ["VirtualMachines"], serverExtensions: ["AgentlessVmScanning"] },
            resources: [plan("servers", "VirtualMachines", { subPlan: "P2", extensions: [{ name: "AgentlessVmScanning", isEnabled: unknown() }] })],
        },
        { name: "the tier from config", config: { plans: ["KeyVaults"] }, resources: [plan("kv", "KeyVaults", { pricingTier: unknown() })] },
        { name: "the plan's name from config", config: { plans: ["KeyVaults"] }, resources: [plan("kv", unknown())] },
    ],
});
