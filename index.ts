// The policy pack's entry point, loaded by `pulumi preview --policy-pack <dir>` (compiled to dist/index.js).
import { PolicyPack } from "@pulumi/policy";
import { packName } from "./lib/core/paths";
import { installConfigureHook } from "./lib/engine/configure-hook";
import { dispatchInstalled, installDispatch, registryScope } from "./lib/engine/dispatch";
import { levelInputs, packPolicies } from "./lib/engine/pack";

// Before the PolicyPack: its gRPC server takes the Configure decoder, and the Analyze handlers, when it registers
// the service.
installConfigureHook(levelInputs());
installDispatch(registryScope());

new PolicyPack(packName, {
    description: "Enforces the customer's side of the Azure shared responsibility model on azure-native resources.",
    provider: "azure",
    policies: packPolicies(),
});

if (!dispatchInstalled()) {
    process.stderr.write("azure-srm: @pulumi/policy's server is not what version 1.21 has; every policy runs on every " +
        "resource (same findings, slower: lib/engine/dispatch.ts)\n");
}
