import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "defender-plan-standard",
    description: "Microsoft Defender for Cloud plans managed in the stack are on the Standard (paid) tier, which enables threat detection.",
    area: "compliance",
    severity: "medium",
    frameworks: { mcsb: ["LT-1", "LT-2", "IR-3", "IR-5"] },
    remediation: "Set pricingTier to \"Standard\" on the security.Pricing resource (choose subPlan where the plan " +
        "offers several).",
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
