import { resourcePolicy, sameText } from "../../lib/kit";

/** SKU names and tiers of the shared-compute plans: Free (F1) and Shared (D1). */
const sharedNames = ["F1", "FREE", "D1", "SHARED"];
const sharedTiers = ["Free", "Shared"];

export default resourcePolicy({
    name: "app-service-plan-dedicated-compute",
    description: "App Service plans use a dedicated-compute tier (Basic or above), not Free or Shared, whose apps share VMs with other customers' apps and can use neither virtual network integration nor private endpoints.",
    area: "networking",
    severity: "low",
    // Not a resilience check (zone redundancy is not security): Free and Shared leave an app without any of the
    // network isolation features MCSB NS-1 and NS-2 ask for. No CIS v6.0.0 Foundations or MCSB definition matches.
    frameworks: { mcsb: ["NS-1", "NS-2"] },
    remediation: "Set sku to a dedicated tier, e.g. { name: \"B1\", tier: \"Basic\" } or { name: \"P0v3\", tier: " +
        "\"PremiumV3\" }, so that the plan's apps run on VMs of their own and can use virtual network integration, " +
        "private endpoints and access restrictions with service endpoints. Keep Free and Shared for throwaway tests " +
        "and waive this policy there.",
    messages: {
        sharedCompute: "sku names the Free or Shared tier, whose apps run on VMs shared with other customers' apps and can use neither virtual network integration nor private endpoints: choose Basic or above.",
    },
    check: {
        appServicePlan: (plan, ctx) => {
            // Shared compute: "The Free and Shared plans run an app on the same Azure VM as other App Service apps,
            // including apps of other customers"; virtual network integration and private endpoints need Basic or
            // above. Sources: https://learn.microsoft.com/azure/app-service/overview-hosting-plans,
            // https://learn.microsoft.com/azure/app-service/networking-features. An unset sku is not judged (its
            // tier is not documented).
            const sku = plan.sku;
            if (sharedNames.some((n) => sameText(sku?.name, n)) || sharedTiers.some((t) => sameText(sku?.tier, t))) {
                ctx.report("sharedCompute");
            }
        },
    },
});
