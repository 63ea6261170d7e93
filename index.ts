// The policy pack's entry point, loaded by `pulumi preview --policy-pack <dir>` (compiled to dist/index.js).
import { PolicyPack } from "@pulumi/policy";
import { packName } from "./lib/core/paths";
import { installConfigureHook } from "./lib/engine/configure-hook";
import { levelInputs, packPolicies } from "./lib/engine/pack";

// Before the PolicyPack: its gRPC server takes the Configure decoder when it registers the service.
installConfigureHook(levelInputs());

new PolicyPack(packName, {
    description: "Enforces the customer's side of the Azure shared responsibility model on azure-native resources.",
    provider: "azure",
    policies: packPolicies(),
});
