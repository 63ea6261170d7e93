import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/identity-and-access/aks-rbac-enabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "RBAC enabled", resource: resource(ManagedCluster, { ...rg, enableRBAC: true }) },
        { name: "unset: AKS enables RBAC by default", resource: resource(ManagedCluster, rg) },
    ],
    invalid: [
        {
            name: "RBAC disabled",
            resource: resource(ManagedCluster, { ...rg, enableRBAC: false }),
            messages: ["rbacDisabled"],
        },
    ],
    undecided: [
        { name: "flag from config", resource: resource(ManagedCluster, { ...rg, enableRBAC: unknown() }) },
    ],
});
