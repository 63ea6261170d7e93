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
            messages: ["aadProfile is not set"],
        },
        {
            name: "legacy integration with app registrations",
            resource: resource(ManagedCluster, { ...rg, aadProfile: { clientAppID: "client-app-id", serverAppID: "server-app-id", serverAppSecret: "server-app-secret" } }),
            messages: ["aadProfile.managed is not true"],
        },
    ],
    undecided: [
        { name: "profile from another resource", resource: resource(ManagedCluster, { ...rg, aadProfile: unknown() }) },
    ],
});
