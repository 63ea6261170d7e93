import { resourcePolicy, sameText } from "../../lib/kit";

/**
 * Each plan's definition is covered partly: the policy checks a plan only where the stack declares it.
 * defender-plans-required covers them whole: each plan declared on Standard.
 */
const declaredOnly = (plan: string, more = "") => `checks the ${plan} plan only where the stack declares it ` +
    `(security.Pricing); the definition requires it on Standard${more} in the subscription, declared or not ` +
    "(defender-plans-required requires it)";

export default resourcePolicy({
    name: "defender-plan-standard",
    description: "Microsoft Defender for Cloud plans managed in the stack are on the Standard (paid) tier, which enables threat detection.",
    area: "compliance",
    severity: "medium",
    frameworks: {
        mcsb: ["LT-1", "LT-2", "IR-3", "IR-5"],
        azurePolicy: [
            { id: "c3d20c29-b36d-48fe-808b-99a87530ad99", partial: declaredOnly("Arm") },
            { id: "7926a6d1-b268-4586-8197-e8ae90c877d7", partial: declaredOnly("Api") },
            { id: "2913021d-f2fd-4f3d-b958-22354e2bdbcb", partial: declaredOnly("AppServices") },
            { id: "1c988dd6-ade4-430f-a608-2a3e5b0a6d38", partial: declaredOnly("Containers") },
            { id: "1f90fc71-a595-4066-8974-d4d0802e8ef0", partial: declaredOnly("CloudPosture") },
            { id: "0e6763cc-5078-4e64-889d-ff4d9a839047", partial: declaredOnly("KeyVaults") },
            { id: "0a9fbe0d-c5c4-4da8-87d8-f4fd77338835", partial: declaredOnly("OpenSourceRelationalDatabases") },
            { id: "7fe3b40f-802b-4cdd-8bd4-fd799c948cc2", partial: declaredOnly("SqlServers") },
            { id: "6581d072-105e-4418-827f-bd446d56421b", partial: declaredOnly("SqlServerVirtualMachines") },
            { id: "640d2586-54d2-465f-877f-9ffc1d2109f4", partial: declaredOnly("StorageAccounts",
                ", with the DefenderForStorageV2 sub-plan and its malware scanning and sensitive data discovery on") },
            { id: "4da35fc9-c9e7-4960-aec9-797fe7d9051d", partial: declaredOnly("VirtualMachines") },
        ],
    },
    remediation: "Set pricingTier to \"Standard\" on the security.Pricing resource (choose subPlan where the plan " +
        "offers several).",
    noFix: "the Standard tier is billed per resource; turning it on is a spending decision",
    messages: {
        notStandard: "pricingTier is not Standard, so the Defender plan's threat detection is off: set it to Standard.",
    },
    check: {
        defenderPricing: (pricing, ctx) => {
            // pricingTier is required, so there is no default to reason about: Free is the only other value. Source:
            // REST spec Microsoft.Security 2024-01-01, PricingProperties.pricingTier is required (azure-native 3.28).
            if (!sameText(pricing.pricingTier, "Standard")) {
                ctx.report("notStandard");
            }
        },
    },
});
