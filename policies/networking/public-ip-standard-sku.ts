import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "public-ip-standard-sku",
    description: "Public IP addresses use the Standard SKU, which is closed to inbound traffic unless a network security group allows it.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-1"] },
    remediation: "Set sku: { name: \"Standard\" } (and publicIPAllocationMethod Static), and allow the inbound traffic the " +
        "workload needs with a network security group on its subnet or network interface. sku defaults to Basic.",
    noFix: "a SKU change replaces the resource and changes its behaviour and price",
    messages: {
        basicSku: "sku.name is not Standard (unset means Basic): a Basic public IP is open to inbound traffic without any network security group, and the Basic SKU was retired on 30 September 2025; set sku.name to Standard.",
    },
    check: {
        publicIPAddress: (ip, ctx) => {
            // Default: a public IP created without sku is Basic. Basic is open by default (network security groups
            // are optional), Standard is secure by default (closed to inbound flows until an NSG allows them).
            // Source: https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses (SKU section);
            // retirement: https://azure.microsoft.com/updates/upgrade-to-standard-sku-public-ip-addresses-in-azure-by-30-september-2025-basic-sku-will-be-retired/
            // Only Basic is flagged, so a SKU newer than this list (StandardV2) passes.
            const name = ip.sku?.name;
            if (name === undefined || name === null || sameText(name, "Basic")) {
                ctx.report("basicSku");
            }
        },
    },
});
