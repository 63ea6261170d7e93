import { withLocation } from "../../lib/kit/type-groups";
import { resourcePolicy } from "../../lib/kit/policy";

/** "West Europe", "westeurope" and "WestEurope" name the same region. */
const normal = (location: string) => location.replace(/\s+/g, "").toLowerCase();

export default resourcePolicy({
    name: "allowed-locations",
    description: "Resources are deployed only to the Azure regions the organization allows (global resources excepted).",
    area: "compliance",
    severity: "medium",
    frameworks: { mcsb: ["AM-2"] },
    remediation: "Set location to one of the configured locations, or \"global\" for global services. An unset " +
        "location follows the resource group's, which this policy checks. Configure the list in locations.",
    config: {
        locations: {
            type: "array", items: { type: "string" }, default: [],
            description: "Allowed Azure regions, in any case and spacing (\"West Europe\" or \"westeurope\"). " +
                "Empty: every region is allowed.",
        },
    },
    resources: withLocation,
    check: (resource, ctx) => {
        const allowed = (ctx.config as { locations: string[] }).locations;
        if (allowed.length === 0) {
            return;
        }
        const location = resource.location;
        // Unset: azure-native takes the resource group's location, and the resource group is checked itself.
        if (typeof location !== "string") {
            return;
        }
        const ok = new Set([...allowed.map(normal), "global"]);
        if (!ok.has(normal(location))) {
            ctx.report(`location is not an allowed region: set it to one of ${allowed.join(", ")} (or global ` +
                "for a global service).");
        }
    },
});
