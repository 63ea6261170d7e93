import { LoadBalancer } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/load-balancer-standard-sku";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const lb = (sku?: object) => resource(LoadBalancer, { resourceGroupName: "rg", sku });

testResourcePolicy(policy, {
    valid: [
        { name: "Standard SKU", resource: lb({ name: "Standard" }) },
        { name: "Standard global tier, case-insensitive", resource: lb({ name: "standard", tier: "Global" }) },
        { name: "Gateway SKU", resource: lb({ name: "Gateway" }) },
    ],
    invalid: [
        { name: "no sku: Basic", resource: lb(), messages: ["basicSku"] },
        { name: "sku without a name: Basic", resource: lb({ tier: "Regional" }), messages: ["basicSku"] },
        { name: "explicit Basic", resource: lb({ name: "Basic" }), messages: ["basicSku"] },
        { name: "null sku name", resource: lb({ name: untyped(null) }), messages: ["basicSku"] },
    ],
    undecided: [
        { name: "SKU name from another resource", resource: lb({ name: unknown() }) },
        { name: "whole sku unknown", resource: resource(LoadBalancer, { resourceGroupName: "rg", sku: unknown() }) },
    ],
});
