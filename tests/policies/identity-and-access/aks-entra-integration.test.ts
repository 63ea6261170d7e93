import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/identity-and-access/aks-entra-integration";
import { resource, testResourcePolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        {
            name: "AKS-managed Entra integration",
            resource: resource(ManagedCluster, { ...rg, aadProfile: { managed: true, enableAzureRBAC: true, adminGroupObjectIDs: ["group-object-id"] } }),
        },
    ],
    invalid: [
        {
            name: "unset: no Entra integration",
            resource: resource(ManagedCluster, rg),
            messages: ["aadProfileUnset"],
        },
        {
            name: "legacy integration with app registrations",
            resource: resource(ManagedCluster, { ...rg, aadProfile: { clientAppID: "client-app-id", serverAppID: "server-app-id", serverAppSecret: "server-app-secret" } }),
            messages: ["legacyEntraIntegration"],
        },
    ],
    undecided: [
        { name: "profile from another resource", resource: resource(ManagedCluster, { ...rg, aadProfile: unknown() }) },
    ],
});
