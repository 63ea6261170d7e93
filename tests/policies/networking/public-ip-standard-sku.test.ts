import { PublicIPAddress } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/public-ip-standard-sku";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const ip = (sku?: object) => resource(PublicIPAddress, { resourceGroupName: "rg", publicIPAllocationMethod: "Static", sku });

testResourcePolicy(policy, {
    valid: [
        { name: "Standard SKU", resource: ip({ name: "Standard" }) },
        { name: "Standard global tier, case-insensitive", resource: ip({ name: "standard", tier: "Global" }) },
        { name: "a SKU newer than Basic and Standard", resource: ip({ name: untyped("StandardV2") }) },
    ],
    invalid: [
        { name: "no sku: Basic", resource: ip(), messages: ["basicSku"] },
        { name: "sku without a name: Basic", resource: ip({ tier: "Regional" }), messages: ["basicSku"] },
        { name: "explicit Basic", resource: ip({ name: "Basic" }), messages: ["basicSku"] },
        { name: "null sku name", resource: ip({ name: untyped(null) }), messages: ["basicSku"] },
    ],
    undecided: [
        { name: "SKU name from another resource", resource: ip({ name: unknown() }) },
        { name: "whole sku unknown", resource: resource(PublicIPAddress, { resourceGroupName: "rg", sku: unknown() }) },
    ],
});
