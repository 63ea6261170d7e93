import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "load-balancer-standard-sku",
    description: "Load balancers use the Standard (or Gateway) SKU, whose frontends are closed to inbound traffic unless a network security group allows it.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-1"] },
    remediation: "Set sku: { name: \"Standard\" } (its frontends need Standard public IPs), and allow the inbound traffic " +
        "the backends serve with a network security group on their subnet or network interfaces. sku defaults to Basic.",
    noFix: "a SKU change replaces the resource and changes its behaviour and price",
    messages: {
        basicSku: "sku.name is Basic or unset (unset means Basic): a Basic load balancer passes inbound traffic to its backends without any network security group, and the Basic SKU was retired on 30 September 2025; set sku.name to Standard.",
    },
    check: {
        loadBalancer: (lb, ctx) => {
            // Default: a load balancer created without sku is Basic (Microsoft.Network API 2024-05-01, azure-native
            // 3.28's default version, as before it). Basic is open by default (network security
            // groups optional), Standard closed until an NSG allows the flow; Basic was retired on 2025-09-30.
            // Source: https://learn.microsoft.com/azure/load-balancer/skus (SKU comparison: "Secure by default"),
            // https://learn.microsoft.com/azure/load-balancer/load-balancer-basic-upgrade-guidance
            // Only Basic is flagged, so Gateway and any newer SKU pass.
            const name = lb.sku?.name;
            if (name === undefined || name === null || sameText(name, "Basic")) {
                ctx.report("basicSku");
            }
        },
    },
});
