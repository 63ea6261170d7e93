// The policy pack's entry point, loaded by `pulumi preview --policy-pack <dir>` (compiled to dist/index.js).
import { PolicyPack } from "@pulumi/policy";
import { packName, packPolicies } from "./lib/engine/pack";

new PolicyPack(packName, {
    description: "Enforces the customer's side of the Azure shared responsibility model on azure-native resources.",
    provider: "azure",
    policies: packPolicies(),
});
