import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/compliance/aks-azure-policy-addon";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const rg = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "add-on enabled", resource: resource(ManagedCluster, { ...rg, addonProfiles: { azurepolicy: { enabled: true } } }) },
        { name: "add-on enabled, key in another case", resource: resource(ManagedCluster, { ...rg, addonProfiles: { azurePolicy: { enabled: true } } }) },
    ],
    invalid: [
        {
            name: "unset: add-on not installed",
            resource: resource(ManagedCluster, rg),
            messages: ["addonMissing"],
        },
        {
            name: "other add-ons only",
            resource: resource(ManagedCluster, { ...rg, addonProfiles: { omsagent: { enabled: true } } }),
            messages: ["addonMissing"],
        },
        {
            name: "add-on disabled",
            resource: resource(ManagedCluster, { ...rg, addonProfiles: { azurepolicy: { enabled: false } } }),
            messages: [{ id: "addonDisabled", data: { addon: "addonProfiles.azurepolicy" } }],
        },
        {
            name: "add-on disabled, key in another case: the message names the key as written",
            resource: resource(ManagedCluster, { ...rg, addonProfiles: { azurePolicy: { enabled: false } } }),
            messages: [{ id: "addonDisabled", data: { addon: "addonProfiles.azurePolicy" } }],
        },
        {
            name: "add-on profile null: not enabled",
            resource: resource(ManagedCluster, { ...rg, addonProfiles: { azurepolicy: untyped(null) } }),
            messages: [{ id: "addonDisabled", data: { addon: "addonProfiles.azurepolicy" } }],
        },
    ],
    undecided: [
        { name: "enabled from config", resource: resource(ManagedCluster, { ...rg, addonProfiles: { azurepolicy: { enabled: unknown() } } }) },
    ],
});
