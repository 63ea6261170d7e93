import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/compliance/aks-azure-policy-addon";
import { resource, testResourcePolicy, unknown } from "../../tester";

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
            messages: ["addonProfiles has no azurepolicy add-on"],
        },
        {
            name: "other add-ons only",
            resource: resource(ManagedCluster, { ...rg, addonProfiles: { omsagent: { enabled: true } } }),
            messages: ["addonProfiles has no azurepolicy add-on"],
        },
        {
            name: "add-on disabled",
            resource: resource(ManagedCluster, { ...rg, addonProfiles: { azurepolicy: { enabled: false } } }),
            messages: ["addonProfiles.azurepolicy.enabled is not true"],
        },
    ],
    undecided: [
        { name: "enabled from config", resource: resource(ManagedCluster, { ...rg, addonProfiles: { azurepolicy: { enabled: unknown() } } }) },
    ],
});
