import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/identity-and-access/aks-local-accounts-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", aadProfile: { managed: true } };

testResourcePolicy(policy, {
    valid: [
        { name: "local accounts disabled", resource: resource(ManagedCluster, { ...base, disableLocalAccounts: true }) },
    ],
    invalid: [
        {
            name: "local accounts enabled",
            resource: resource(ManagedCluster, { ...base, disableLocalAccounts: false }),
            messages: ["localAccountsEnabled"],
        },
        {
            name: "unset: defaults to false (local accounts enabled)",
            resource: resource(ManagedCluster, base),
            messages: ["localAccountsEnabled"],
        },
    ],
    undecided: [
        { name: "flag from config", resource: resource(ManagedCluster, { ...base, disableLocalAccounts: unknown() }) },
    ],
});
