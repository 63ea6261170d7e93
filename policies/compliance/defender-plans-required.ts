import { anyOf, catalog, listOf, option, requireInStack, required, sameText, stackPolicy } from "../../lib/kit";

/** The plans whose "should be enabled" definitions the MCSB initiative audits, by pricingName. */
const mcsbPlans = ["Api", "AppServices", "Arm", "CloudPosture", "Containers", "KeyVaults", "OpenSourceRelationalDatabases",
    "SqlServers", "SqlServerVirtualMachines", "StorageAccounts", "VirtualMachines"] as const;

/** CIS v6.0.0 8.1.7.1 also asks for Defender for Azure Cosmos DB, which the MCSB initiative does not audit. */
const cisPlans = ["CosmosDbs"] as const;

/**
 * Defender for Servers components that are extensions of the VirtualMachines plan (Plan 2 only): agentless scanning
 * for machines (CIS 8.1.3.4) and file integrity monitoring (CIS 8.1.3.5). The names are the Pricing API's. Source:
 * https://learn.microsoft.com/rest/api/defenderforcloud/pricings/update (extensions), and the built-in Azure Policy
 * "Configure Microsoft Defender for Servers plan" (5eb6d64a), which sets AgentlessVmScanning. Vulnerability assessment
 * (8.1.3.2) and endpoint protection (8.1.3.3) are not Pricing extensions: they are the serverVulnerabilityAssessmentsSettings
 * and the WDATP setting, outside this policy's types.
 */
const serverComponents = ["AgentlessVmScanning", "FileIntegrityMonitoring"] as const;

/**
 * Components that Plan 2 turns on unless extensions turns them off. Default: agentless scanning for machines is on
 * when Defender for Servers Plan 2 is enabled. Source:
 * https://learn.microsoft.com/azure/defender-for-cloud/enable-agentless-scanning-vms (unconfirmed for a Pricing PUT
 * whose extensions leave it out, so that case is not reported). File integrity monitoring is off until enabled with a
 * workspace: https://learn.microsoft.com/azure/defender-for-cloud/file-integrity-monitoring-enable-defender-endpoint
 */
const onInPlan2 = ["AgentlessVmScanning"];

/** Defender for Storage's definition (640d2586) also requires both of these on. */
const storageExtensions = ["OnUploadMalwareScanning", "SensitiveDataDiscovery"];

/** Azure's name of a Pricing: pricingName, or after an update (outputs carry no pricingName) its name. */
const planOf = (props: { pricingName?: string; name?: string }) => props.pricingName ?? props.name;

/**
 * Does a Pricing apply to a whole subscription (not to one resource, as resource-level pricing does)? Read from its
 * scopeId, or after an update (outputs carry no scopeId) from the part of its id before `/providers/...`.
 */
function atSubscription(props: { scopeId?: string; id?: string }): boolean {
    const id = props.id;
    const at = typeof id === "string" ? id.toLowerCase().lastIndexOf("/providers/microsoft.security/pricings/") : -1;
    const scope = typeof props.scopeId === "string" ? props.scopeId : at > 0 ? id!.slice(0, at) : undefined;
    return scope === undefined || /^\/subscriptions\/[^/]+\/?$/i.test(scope);
}

export default stackPolicy({
    name: "defender-plans-required",
    description: "A stack that manages the subscription's Defender for Cloud settings (a security Pricing or " +
        "SecurityContact) declares each Defender plan the MCSB initiative audits (Api, AppServices, Arm, CloudPosture, " +
        "Containers, KeyVaults, OpenSourceRelationalDatabases, SqlServers, SqlServerVirtualMachines, StorageAccounts, " +
        "VirtualMachines) and the one CIS adds (CosmosDbs) for the subscription on the Standard tier, Defender for Storage " +
        "with its malware scanning and sensitive data discovery, and Defender for Servers with agentless scanning and file " +
        "integrity monitoring.",
    area: "compliance",
    severity: "medium",
    frameworks: {
        mcsb: ["LT-1", "LT-2", "IR-3", "IR-5"],
        cis: ["8.1.1.1", "8.1.2.1", "8.1.3.1", "8.1.3.4", "8.1.3.5", "8.1.4.1", "8.1.5.1", "8.1.6.1", "8.1.7.1", "8.1.7.2",
            "8.1.7.3", "8.1.7.4", "8.1.8.1", "8.1.9.1"],
        azurePolicy: [
            "7926a6d1-b268-4586-8197-e8ae90c877d7", // Api
            "2913021d-f2fd-4f3d-b958-22354e2bdbcb", // AppServices
            "c3d20c29-b36d-48fe-808b-99a87530ad99", // Arm
            "1f90fc71-a595-4066-8974-d4d0802e8ef0", // CloudPosture
            "1c988dd6-ade4-430f-a608-2a3e5b0a6d38", // Containers
            "0e6763cc-5078-4e64-889d-ff4d9a839047", // KeyVaults
            "0a9fbe0d-c5c4-4da8-87d8-f4fd77338835", // OpenSourceRelationalDatabases
            "7fe3b40f-802b-4cdd-8bd4-fd799c948cc2", // SqlServers
            "6581d072-105e-4418-827f-bd446d56421b", // SqlServerVirtualMachines
            "640d2586-54d2-465f-877f-9ffc1d2109f4", // StorageAccounts, DefenderForStorageV2 with both extensions
            "4da35fc9-c9e7-4960-aec9-797fe7d9051d", // VirtualMachines
        ],
    },
    remediation: "Declare a security.Pricing for each plan with scopeId set to the subscription " +
        "(`/subscriptions/<id>`) and pricingTier \"Standard\"; for StorageAccounts also subPlan \"DefenderForStorageV2\" " +
        "and extensions OnUploadMalwareScanning and SensitiveDataDiscovery with isEnabled \"True\"; for VirtualMachines " +
        "subPlan \"P2\" and extensions AgentlessVmScanning and FileIntegrityMonitoring (with its DefinedWorkspaceId) with " +
        "isEnabled \"True\". Where another stack manages the plans, leave requireInStack off; narrow the required plans " +
        "with plans, the Defender for Servers components with serverExtensions (empty: the plan alone, as the MCSB " +
        "initiative audits it).",
    messages: {
        plansMissing: "The subscription's Defender plans {{plans}} are not declared in this stack: add a security.Pricing for each, scoped to the subscription, with pricingTier Standard.",
        notStandard: "pricingTier is not Standard, so this Defender plan's threat detection is off for the subscription: set it to Standard.",
        storageNotV2: "subPlan is not DefenderForStorageV2, which the MCSB initiative requires for Defender for Storage: set subPlan to DefenderForStorageV2.",
        storageExtensionOff: "extensions does not enable {{extension}}: add { name: \"{{extension}}\", isEnabled: \"True\" }.",
        serverExtensionOff: "extensions does not enable the Defender for Servers component {{extension}}: set subPlan \"P2\" and add { name: \"{{extension}}\", isEnabled: \"True\" }.",
    },
    config: {
        plans: option.stringList({
            default: [...mcsbPlans, ...cisPlans],
            description: "Defender plans (security.Pricing pricingName values) the subscription must have on Standard: by " +
                "default those the MCSB initiative audits, and CosmosDbs (CIS 8.1.7.1).",
        }),
        serverExtensions: option.stringList({
            default: [...serverComponents],
            description: "Defender for Servers components (extensions of the VirtualMachines plan, which need subPlan P2) " +
                "that must be on: AgentlessVmScanning (CIS 8.1.3.4) and FileIntegrityMonitoring (CIS 8.1.3.5). Empty " +
                "checks the plan alone, as the MCSB initiative does.",
        }),
        requireInStack: requireInStack("each Defender plan of the subscription (security.Pricing)"),
    },
    // Plans and security contacts are the subscription's, often managed by one platform stack: the policy acts on a
    // stack that declares either, not on every stack that deploys resources into the subscription.
    resources: [catalog.defenderPricing, catalog.securityContact],
    check: (ctx) => {
        const pricings = ctx.ofType(catalog.defenderPricing);
        const anchor = pricings[0] ?? ctx.ofType(catalog.securityContact)[0];

        const missing: string[] = [];
        ctx.each(ctx.config.plans, (plan) => {
            // A Pricing whose name or scope is unknown yet may be this plan: anyOf says "cannot decide" then.
            if (!anyOf(pricings, (p) => sameText(planOf(p.props), plan) && atSubscription(p.props))) {
                missing.push(plan);
            }
        });
        if (missing.length > 0 && anchor) {
            ctx.missing(anchor, "plansMissing", { plans: missing });
        }

        ctx.each(pricings, (p) => {
            if (!ctx.config.plans.some((plan) => sameText(planOf(p.props), plan)) || !atSubscription(p.props)) {
                return;
            }
            if (!sameText(required(p.props.pricingTier, "pricingTier"), "Standard")) {
                ctx.report(p, "notStandard");
                return;
            }
            if (sameText(planOf(p.props), "VirtualMachines")) {
                // A component is on where extensions enables it, or, for one Plan 2 turns on (onInPlan2), where the plan
                // is Plan 2 (subPlan P2, or unset: "the full plan") and extensions does not list it. Plan 1 has neither.
                // Source: https://learn.microsoft.com/rest/api/defenderforcloud/pricings/update (subPlan).
                const plan2 = p.props.subPlan === undefined || p.props.subPlan === null || sameText(p.props.subPlan, "P2");
                const extensions = listOf(p.props.extensions);
                ctx.each(ctx.config.serverExtensions, (extension) => {
                    const listed = extensions.filter((e) => sameText(e?.name, extension));
                    const on = listed.length > 0 ? listed.some((e) => sameText(e?.isEnabled, "True"))
                        : plan2 && onInPlan2.some((c) => sameText(c, extension));
                    if (!on) {
                        ctx.report(p, "serverExtensionOff", { extension });
                    }
                });
                return;
            }
            if (!sameText(planOf(p.props), "StorageAccounts")) {
                return;
            }
            if (!sameText(p.props.subPlan, "DefenderForStorageV2")) {
                ctx.report(p, "storageNotV2");
            }
            for (const extension of storageExtensions) {
                if (!anyOf(listOf(p.props.extensions), (e) => sameText(e?.name, extension) && sameText(e?.isEnabled, "True"))) {
                    ctx.report(p, "storageExtensionOff", { extension });
                }
            }
        });
    },
});
