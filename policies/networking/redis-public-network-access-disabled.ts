import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "redis-public-network-access-disabled",
    description: "Azure Cache for Redis instances disable public network access or are injected into a virtual network.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set publicNetworkAccess to Disabled and connect through a private endpoint, or deploy a Premium " +
        "cache into a virtual network with subnetId. publicNetworkAccess defaults to Enabled.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is not Disabled (unset means Enabled), so the cache has a public endpoint: set publicNetworkAccess to Disabled and use a private endpoint.",
    },
    check: {
        redis: (cache, ctx) => {
            // A VNet-injected cache has no public endpoint. The subnet id is usually another resource's output,
            // unknown at preview; its presence alone decides, so it is tested with `in`, without reading it.
            if ("subnetId" in cache) {
                return;
            }
            // Default: unset publicNetworkAccess is Enabled. Source:
            // https://learn.microsoft.com/azure/azure-cache-for-redis/cache-private-link (public access stays on until
            // disabled)
            if (!sameText(cache.publicNetworkAccess, "Disabled")) {
                ctx.report("publicAccessEnabled");
            }
        },
    },
});
